// Quiet twin of SideDataKeyedByPublished: side data lives beside the published routes, in a ConditionalWeakTable and
// a dictionary keyed by the route objects; the routes are also used as lock objects and hashed by identity. Using a
// published object as a key or a lock changes nothing in it.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SideDataKeyedByPublishedQuiet;

public sealed class Route
{
    public string Path { get; init; } = "";
    public List<string> Annotations { get; } = new();
    public int Hits { get; set; }
}

public sealed class RouteStats
{
    public int Hits;
    public List<string> Annotations { get; } = new();
}

public sealed class RouteAnnotator
{
    private readonly Slot<List<Route>> _slot;
    private readonly ConditionalWeakTable<Route, RouteStats> _stats = new();
    private readonly Dictionary<Route, int> _order = new(ReferenceEqualityComparer.Instance);

    public RouteAnnotator(WorkerPool pool) => _slot = pool.AllocateSlot<List<Route>>();

    public void Publish(List<Route> routes)
    {
        _slot.Publish(routes);
        foreach (var route in routes)
        {
            RouteStats stats = _stats.GetOrCreateValue(route);
            stats.Annotations.Add("seen");
            stats.Hits = 0;
            lock (route)
            {
                _order[route] = RuntimeHelpers.GetHashCode(route);
            }
        }
    }
}
