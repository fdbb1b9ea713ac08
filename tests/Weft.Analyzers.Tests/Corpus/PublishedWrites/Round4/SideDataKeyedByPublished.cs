// Per-route side data written INTO the published route objects after the publish (a tag list and a hit count on the
// route itself). The quiet twin keeps the same side data beside the routes, keyed by them.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SideDataKeyedByPublished;

public sealed class Route
{
    public string Path { get; init; } = "";
    public List<string> Annotations { get; } = new();
    public int Hits { get; set; }
}

public sealed class RouteAnnotator
{
    private readonly Slot<List<Route>> _slot;

    public RouteAnnotator(WorkerPool pool) => _slot = pool.AllocateSlot<List<Route>>();

    public void Publish(List<Route> routes)
    {
        _slot.Publish(routes);
        foreach (var route in routes)
        {
            route.Annotations.Add("seen"); // expect: WEFT0002
            route.Hits = 0; // expect: WEFT0002
        }
    }
}
