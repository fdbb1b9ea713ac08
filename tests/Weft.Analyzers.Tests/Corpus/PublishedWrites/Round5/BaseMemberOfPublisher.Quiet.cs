// Quiet twin of BaseMemberOfPublisher: the base class hands out a new list on every call (Snapshot()), which is what
// gets published; the base's own buffer is never published, so writing it stays quiet.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.BaseMemberOfPublisherQuiet;

public abstract class PublisherBase
{
    protected List<string> Buffer { get; } = new();

    protected void Reset() => Buffer.Clear();

    protected List<string> Snapshot() => new(Buffer);
}

public sealed class NamePublisher : PublisherBase
{
    private readonly Slot<List<string>> _slot;

    public NamePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Publish(string[] names)
    {
        base.Buffer.AddRange(names);
        var snapshot = base.Snapshot();
        _slot.Publish(snapshot);
        base.Buffer.Add("late");
        base.Reset();
    }
}
