// Trading: workers named in the venue map get a book preloaded for their venue; any other worker gets the fallback
// book — one instance kept in a field of the installer and returned by every such worker's factory call. Twin: the
// fallback is built per call.
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
            _venueByWorker.TryGetValue(d.Name, out string? venue) ? new VenueOrders(venue) : _fallback); // expect: WEFT0008
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
