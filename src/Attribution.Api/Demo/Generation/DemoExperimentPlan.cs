using System.Globalization;

namespace Attribution.Api.Demo.Generation;

/// <summary>The geo experiment: five test states drawn from <see cref="UsStates.ExperimentCandidates"/>, a seeded id, a name.</summary>
internal sealed record DemoExperimentPlan(Guid Id, string Name, IReadOnlyList<string> TestRegions, IReadOnlySet<int> TestRegionIndexes)
{
    public const int TestStates = 5;

    public static DemoExperimentPlan Choose(DemoLayout layout, DemoRandom random)
    {
        var candidates = UsStates.ExperimentCandidates.ToArray();
        for (var i = candidates.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }

        var chosen = candidates.Take(TestStates).Order(StringComparer.Ordinal).ToList();
        var indexes = chosen.Select(code => UsStates.Codes.ToList().IndexOf(code)).ToHashSet();
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), random.NextUInt64());
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), random.NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var start = layout.Date(layout.ExperimentStart);
        var name = "Meta prospecting geo lift (" + start.ToString("MMM yyyy", CultureInfo.InvariantCulture) + ")";
        return new DemoExperimentPlan(new Guid(bytes), name, chosen, indexes);
    }
}
