// Quiet twin of PublisherPropertyExposesField: the property hands out a copy of the published paths; the caller writes
// the copy.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.PublisherPropertyExposesFieldQuiet;

public sealed class Routes
{
    public List<string> Paths { get; init; } = new();
}

public sealed class RoutesPublisher(Slot<Routes> slot)
{
    private readonly List<string> _draft = new();

    public List<string> PathsCopy => new(_draft);

    public void Publish() => slot.Publish(new Routes { Paths = new List<string>(_draft) });
}

public static class Admin
{
    public static int Run(WorkerPool pool)
    {
        var publisher = new RoutesPublisher(pool.AllocateSlot<Routes>());
        publisher.Publish();
        var paths = publisher.PathsCopy;
        paths.Add("/admin");
        return paths.Count;
    }
}
