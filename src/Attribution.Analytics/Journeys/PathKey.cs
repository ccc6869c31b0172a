namespace Attribution.Analytics.Journeys;

/// <summary>A path stored at <c>[Start, Start + Length)</c> of a batch's touch array, with its precomputed hash.</summary>
internal readonly record struct PathKey(int Start, int Length, int Hash)
{
    public static PathKey Of(int[] touches, int start, int length)
    {
        var hash = new HashCode();
        foreach (var channel in touches.AsSpan(start, length))
        {
            hash.Add(channel);
        }

        hash.Add(length);
        return new PathKey(start, length, hash.ToHashCode());
    }

    /// <summary>Compares paths by their contents in <see cref="_touches"/>.</summary>
    public sealed class Comparer(int[] touches) : IEqualityComparer<PathKey>
    {
        private readonly int[] _touches = touches;

        public bool Equals(PathKey x, PathKey y) =>
            x.Hash == y.Hash && _touches.AsSpan(x.Start, x.Length).SequenceEqual(_touches.AsSpan(y.Start, y.Length));

        public int GetHashCode(PathKey obj) => obj.Hash;
    }
}
