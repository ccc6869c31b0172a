namespace Attribution.Server.Tests;

/// <summary>Locates the repository checkout the tests run from (the folder holding AttributionFunctions.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttributionFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AttributionFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
