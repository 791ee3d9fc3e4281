using PerfEval.Domain.Directories;

namespace PerfEval.Platform.Directories;

/// <summary>
/// The demo organisation of local runs and tests: the departments and units the demo users, the walkthroughs and the
/// tests' fixed ids name, and the demo users themselves (src/PerfEval.Web/src/auth/demoUsers.ts).
/// </summary>
public static class DemoDirectory
{
    public static OrgDirectory Instance { get; } = new(
        [
            new Department("dept-qingpu-union", "310118-01", "青浦区总工会"),
            new Department("dept-1", "310118-02", "青浦区教育局"),
            new Department("dept-a", "310118-03", "青浦区卫生健康委员会"),
            new Department("dept-b", "310118-04", "青浦区民政局"),
        ],
        [
            new OrgUnit("unit-qingpu-union", "310118-0101", "青浦区总工会（本级）", "dept-qingpu-union"),
            new OrgUnit("unit-qingpu-retirees", "310118-0102", "青浦区退休职工管理委员会办公室", "dept-qingpu-union"),
            new OrgUnit("unit-1", "310118-0201", "青浦区实验小学", "dept-1"),
            new OrgUnit("unit-2", "310118-0202", "青浦区第二实验小学", "dept-1"),
            new OrgUnit("unit-a", "310118-0301", "青浦区中心医院", "dept-a"),
            new OrgUnit("unit-b", "310118-0401", "青浦区社会福利院", "dept-b"),
        ],
        [
            new Person("demo-unit", "青浦区总工会填报人", ["unit"], "unit-qingpu-union", []),
            new Person("demo-unit-2", "青浦区退管会填报人", ["unit"], "unit-qingpu-retirees", []),
            new Person("demo-reviewer", "主管部门审核人", ["reviewer"], null, ["dept-qingpu-union"]),
            new Person("demo-manager", "财政局绩效管理处", ["manager"], null, []),
            new Person("demo-admin", "系统管理员", ["admin", "manager"], null, []),
        ]);
}
