using System.Globalization;

namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The customers created so far, each with a home region. A customer created today can return from tomorrow on
/// (<see cref="CloseDay"/> makes today's new customers available).
/// </summary>
internal sealed class DemoCustomers
{
    private static readonly string[] FirstNames =
    [
        "james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "david", "elizabeth", "william",
        "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "chris", "karen", "daniel", "lisa",
        "matthew", "nancy", "anthony", "betty", "mark", "sandra", "maria", "ashley", "jose", "emily",
    ];

    private static readonly string[] LastNames =
    [
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
        "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin",
        "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young",
    ];

    private readonly List<int> _regions = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _emails = [];
    private readonly List<int>[] _byRegion;
    private readonly int[] _availableByRegion;
    private int _available;

    public DemoCustomers(int regions)
    {
        _byRegion = [.. Enumerable.Range(0, regions).Select(_ => new List<int>())];
        _availableByRegion = new int[regions];
    }

    public int Count => _regions.Count;

    public int Region(int customer) => _regions[customer];

    public string Id(int customer) => _ids[customer];

    public string Email(int customer) => _emails[customer];

    public int Add(int region, DemoRandom random)
    {
        var customer = _regions.Count;
        var number = (customer + 1).ToString("D7", CultureInfo.InvariantCulture);
        _regions.Add(region);
        _ids.Add("cus_" + number);
        _emails.Add($"{FirstNames[random.Next(FirstNames.Length)]}.{LastNames[random.Next(LastNames.Length)]}.{number}@example.com");
        _byRegion[region].Add(customer);
        return customer;
    }

    /// <summary>A uniformly chosen earlier customer, or -1 when there is none yet.</summary>
    public int PickReturning(DemoRandom random) => _available == 0 ? -1 : random.Next(_available);

    /// <summary>A uniformly chosen earlier customer of the region, or -1 when there is none yet.</summary>
    public int PickReturning(int region, DemoRandom random) =>
        _availableByRegion[region] == 0 ? -1 : _byRegion[region][random.Next(_availableByRegion[region])];

    public void CloseDay()
    {
        _available = _regions.Count;
        for (var r = 0; r < _byRegion.Length; r++)
        {
            _availableByRegion[r] = _byRegion[r].Count;
        }
    }
}
