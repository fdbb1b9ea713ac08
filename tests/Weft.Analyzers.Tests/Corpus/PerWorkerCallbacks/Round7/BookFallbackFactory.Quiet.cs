// Quiet twin of BookFallbackFactory: workers without a venue get a new default book each.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BookFallbackFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class VenueOrders
{
    public VenueOrders(string venue) => Venue = venue;

    public string Venue { get; }
    public Dictionary<long, decimal> Resting { get; } = new();
}

public sealed class OrdersInstaller
{
    private readonly Dictionary<string, string> _venueByWorker;
    private readonly VenueOrders _fallback = new("default");

    public OrdersInstaller(Dictionary<string, string> venueByWorker) => _venueByWorker = venueByWorker;

    public void Install(WorkerPool pool)
    {
        VenueOrders.Initialize(pool, d =>
            _venueByWorker.TryGetValue(d.Name, out string? venue) ? new VenueOrders(venue) : new VenueOrders("default"));
    }

    public static bool IsDefault(VenueOrders orders) => orders.Venue == "default";

    public int Mapped => _venueByWorker.Count;
}

public static class VenueNames
{
    public static bool IsKnown(string venue) => venue is "XNAS" or "XNYS" or "XLON" or "default";

    public static string Display(string venue) => venue == "default" ? "(unmapped)" : venue;

    public static string WorkerKey(string worker) => worker.Trim().ToLowerInvariant();
}
