using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace PerfEval.TestAuthority;

/// <summary>The login page: one button per test user (no password: a test authority).</summary>
public static class LoginPage
{
    private static readonly Dictionary<string, string> RoleNames = new(StringComparer.Ordinal)
    {
        ["unit"] = "填报单位",
        ["reviewer"] = "审核人",
        ["manager"] = "管理处",
        ["admin"] = "管理员",
    };

    public static string Html(string returnUrl)
    {
        var html = HtmlEncoder.Default;
        var users = new StringBuilder();
        foreach (var user in TestUsers.All)
        {
            var roles = string.Join("、", user.Roles.Select(r => RoleNames.GetValueOrDefault(r, r)));
            users.Append(CultureInfo.InvariantCulture,
                $"""
                <li><button type="submit" name="user" value="{html.Encode(user.Id)}">{html.Encode(user.Name)}<small>{html.Encode(roles)}</small></button></li>
                """);
        }

        return $$"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>统一身份认证（测试）</title>
            <style>
              body { font-family: "Noto Sans CJK SC", sans-serif; max-width: 520px; margin: 48px auto; padding: 0 16px; color: #1f1f1f; }
              ul { list-style: none; padding: 0; }
              li { margin: 8px 0; }
              button { width: 100%; padding: 12px 16px; font-size: 16px; text-align: left; background: #fff; border: 1px solid #8c8c8c; border-radius: 6px; cursor: pointer; }
              button:hover, button:focus { border-color: #b71c1c; outline: 2px solid #b71c1c; }
              small { margin-left: 12px; color: #595959; }
              p { color: #595959; }
            </style>
            </head>
            <body>
            <main>
            <h1>统一身份认证（测试）</h1>
            <p>测试用身份认证中心：选择登录用户。</p>
            <form method="post" action="/login">
            <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
            <ul>
            {{users}}
            </ul>
            </form>
            </main>
            </body>
            </html>
            """;
    }
}
