// Quiet twin of OutsidePublisherHandsOut: the publishing method replaces the field by a copy after publishing, on
// every path (the page's exception), so the later Add writes the copy.
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
    private List<string> _paths = new();
    private readonly Slot<List<string>> _slot;

    public PathPublisher(Slot<List<string>> slot) => _slot = slot;

    public List<string> Published => _paths;

    public void Commit()
    {
        _slot.Publish(_paths);
        _paths = new List<string>(_paths);
    }
}

public static class OutsidePublisherHandsOut
{
    public static void Run(PathPublisher publisher)
    {
        publisher.Commit();
        publisher.Published.Add("/late");
    }
}
