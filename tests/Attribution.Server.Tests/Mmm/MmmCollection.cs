namespace Attribution.Server.Tests.Mmm;

/// <summary>The MMM test classes share one seeded demo tenant and Server (seeding takes seconds; the classes run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class MmmCollection : ICollectionFixture<MmmServer>
{
    public const string Name = "mmm";
}
