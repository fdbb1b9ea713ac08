// WEFT0002: the publisher exposes the object it published through a get-only property; code outside the type writes
// it through that property after Publish ran. Reading: the property returns the field that held the published
// object (the page: writes "through ... a field that ever held it"); the write outside the type is reported where it
// is written.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.PublisherPropertyExposesField;

public sealed class Routes
{
    public List<string> Paths { get; } = new();
}

public sealed class RoutesPublisher(Slot<Routes> slot)
{
    private readonly Routes _routes = new();

    public Routes Published => _routes;

    public void Publish() => slot.Publish(_routes);
}

public static class Admin
{
    public static void Run(WorkerPool pool)
    {
        var publisher = new RoutesPublisher(pool.AllocateSlot<Routes>());
        publisher.Publish();
        publisher.Published.Paths.Add("/admin"); // expect: WEFT0002
    }
}
