// WEFT0002: code outside the publisher: after `publisher.Commit()` publishes its field, a write through a property
// that hands that field out (`publisher.Published.Add(p)`) is reported.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class PathPublisher
{
    private readonly List<string> _paths = new();
    private readonly Slot<List<string>> _slot;

    public PathPublisher(Slot<List<string>> slot) => _slot = slot;

    public List<string> Published => _paths;

    public void Commit() => _slot.Publish(_paths);
}

public static class OutsidePublisherHandsOut
{
    public static void Run(PathPublisher publisher)
    {
        publisher.Commit();
        publisher.Published.Add("/late"); // expect: WEFT0002
    }
}
