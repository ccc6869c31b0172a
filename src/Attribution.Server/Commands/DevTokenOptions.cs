using Attribution.Api.Tenancy;

namespace Attribution.Server.Commands;

/// <summary>The arguments of <c>dev-token</c>: <c>--tenant slug --roles read,write [--lifetime 8h] [--operator]</c>.</summary>
public sealed record DevTokenOptions(string Tenant, IReadOnlyList<string> Roles, TimeSpan Lifetime)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    /// <summary>Parses the arguments; on failure <paramref name="problem"/> says what is wrong, in one line.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out DevTokenOptions options, out string problem)
    {
        options = new DevTokenOptions("", [], TimeSpan.FromHours(8));
        var roles = new List<string>();
        string? tenant = null, roleList = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--operator")
            {
                roles.Add(ApiRoles.Operator);
                continue;
            }

            if (name is not ("--tenant" or "--roles" or "--lifetime") || i + 1 >= args.Count)
            {
                problem = name is "--tenant" or "--roles" or "--lifetime" ? $"{name} needs a value" : $"unknown argument '{name}'";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--tenant":
                    tenant = value;
                    break;
                case "--roles":
                    roleList = value;
                    break;
                default:
                    if (ParseLifetime(value) is not { } lifetime)
                    {
                        problem = $"--lifetime '{value}' is not a duration like 30m, 8h or 2d (at most {MaxLifetime.TotalDays:0} days)";
                        return false;
                    }

                    options = options with { Lifetime = lifetime };
                    break;
            }
        }

        problem = tenant is null ? "--tenant is required"
            : roleList is null ? "--roles is required"
            : ParseRoles(roleList, roles) ?? "";
        options = options with { Tenant = tenant ?? "", Roles = roles };
        return problem.Length == 0;
    }

    private static string? ParseRoles(string list, List<string> roles)
    {
        foreach (var role in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (role)
            {
                case "read" or ApiRoles.Read:
                    roles.Add(ApiRoles.Read);
                    break;
                case "write" or ApiRoles.Write:
                    roles.Add(ApiRoles.Write);
                    break;
                default:
                    return $"--roles '{list}': '{role}' is not a role (read, write)";
            }
        }

        return roles.Any(r => r != ApiRoles.Operator) ? null : $"--roles '{list}' names no role (read, write)";
    }

    private static TimeSpan? ParseLifetime(string value)
    {
        if (value.Length < 2 || !int.TryParse(value[..^1], out var count) || count <= 0)
        {
            return null;
        }

        long? seconds = value[^1] switch
        {
            's' => count,
            'm' => count * 60L,
            'h' => count * 3600L,
            'd' => count * 86400L,
            _ => null,
        };
        return seconds is { } s && s <= MaxLifetime.TotalSeconds ? TimeSpan.FromSeconds(s) : null;
    }
}
