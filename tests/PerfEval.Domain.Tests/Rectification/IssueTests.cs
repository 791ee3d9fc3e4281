using PerfEval.Domain.Evaluations;
using PerfEval.Domain.History;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Rectification;

/// <summary>RECT-ISSUE: who may issue a notice, about what, and what it must say.</summary>
public class IssueTests
{
    private static Decision Issue(
        Actor actor, RectificationSubject? subject = null, IReadOnlyList<RectificationProblem>? problems = null,
        string? requirement = "补充台账并说明差异", DateOnly? deadline = null) =>
        IssueNotice.Decide(
            Given.Id, actor, subject ?? Given.Form, problems ?? Given.Problems, requirement, deadline ?? Given.Deadline, Given.Today);

    [Fact]
    public void A_reviewer_of_the_department_issues_a_notice_about_a_form_with_its_problems_linked()
    {
        var issued = Assert.IsType<RectificationIssued>(Assert.Single(Issue(Given.Reviewer).Events));

        Assert.Equal((Given.FormId, "unit-1", "dept-1", 2025, Given.ProjectName), (issued.EvaluationId, issued.UnitId, issued.DepartmentId, issued.FiscalYear, issued.Subject));
        Assert.Equal(Given.Problems, issued.Problems);
        Assert.Equal((Given.Deadline, Given.Reviewer.Name), (issued.Deadline, issued.IssuedByName));
        Assert.Equal(RectificationStatus.Issued, Given.State(issued).Status);
    }

    [Fact]
    public void A_manager_issues_a_notice_about_a_unit_as_a_whole()
    {
        var issued = Assert.IsType<RectificationIssued>(Assert.Single(
            Issue(Given.Manager, Given.UnitAsAWhole, [new RectificationProblem("年度自评普遍缺少佐证材料")]).Events));

        Assert.Null(issued.EvaluationId);
        Assert.Equal("就业服务中心", issued.Subject);
    }

    [Fact]
    public void Units_reviewers_of_other_departments_and_of_the_unit_itself_may_not_issue()
    {
        Assert.Equal("rectification.may_not_issue", Issue(Given.Unit).Error!.Code);
        Assert.Equal("rectification.may_not_issue", Issue(Given.OtherDepartmentReviewer).Error!.Code);
        Assert.Equal("rectification.own_unit", Issue(Given.ReviewerOfTheUnit).Error!.Code);
    }

    [Fact]
    public void A_draft_form_gets_no_notice()
    {
        var draft = Given.Form with { FormStatus = EvaluationStatus.Draft };

        Assert.Equal((ErrorKind.Conflict, "rectification.form_not_submitted"), (Issue(Given.Reviewer, draft).Error!.Kind, Issue(Given.Reviewer, draft).Error!.Code));
    }

    [Fact]
    public void A_problem_links_only_a_finding_the_form_has_and_a_cell_its_recheck_recorded()
    {
        var finding = Issue(Given.Reviewer, problems: [new("x", "NO_SUCH_CODE")]).Error!;
        var cell = Issue(Given.Reviewer, problems: [new("x", null, "indicators[0].score")]).Error!;

        Assert.Equal(("rectification.problems_invalid", "problems[0].findingCode"), (finding.Code, finding.Field));
        Assert.Contains("NO_SUCH_CODE", finding.Message);
        Assert.Equal("problems[0].recheckCell", cell.Field);
        Assert.Contains("没有复核记录", cell.Message);
    }

    [Fact]
    public void Problems_the_requirement_and_the_deadline_are_required()
    {
        Assert.Equal("rectification.problems_invalid", Issue(Given.Reviewer, problems: []).Error!.Code);
        Assert.Equal("problems[0].description", Issue(Given.Reviewer, problems: [new("  ")]).Error!.Field);
        Assert.Equal(
            "rectification.problems_invalid",
            Issue(Given.Reviewer, problems: [.. Enumerable.Repeat(new RectificationProblem("p"), IssueNotice.MaxProblems + 1)]).Error!.Code);
        Assert.Equal("rectification.requirement_invalid", Issue(Given.Reviewer, requirement: " ").Error!.Code);
        Assert.Equal("rectification.deadline_invalid", Issue(Given.Reviewer, deadline: Given.Today).Error!.Code);
        Assert.Equal("rectification.deadline_invalid", Issue(Given.Reviewer, deadline: Given.Today.AddDays(400)).Error!.Code);
        Assert.Equal(ErrorKind.Invalid, Issue(Given.Reviewer, deadline: Given.Today).Error!.Kind);
    }

    [Fact]
    public void A_seed_forms_findings_and_recheck_cells_are_what_its_problems_may_link()
    {
        var form = EvaluationReplay.Fold(SeedLifecycle.Everything(SeedForms.MemberCard))!;

        var subject = RectificationSubject.OfForm(form);

        Assert.Contains("indicators[2].score", subject.RecheckCells);
        Assert.Equal(form.Scorecard!.Findings.Select(f => f.Code).ToHashSet(), subject.FindingCodes);
        Assert.Equal((form.ProjectName, form.Form.Header.ImplementingUnit), (subject.Name, subject.UnitName));
    }
}
