// WEFT0002: a publisher class inherits its buffer from a base class and publishes it with `base.Buffer`; the write in
// the same method after the publish, and the base class's Reset called through `base.`, change the published list.
// Reading: `base.Buffer` is this object's own field (auto-property), so its published-field rules apply to the
// derived method that publishes it.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.BaseMemberOfPublisher;

public abstract class PublisherBase
{
    protected List<string> Buffer { get; } = new();

    protected void Reset() => Buffer.Clear();
}

public sealed class NamePublisher : PublisherBase
{
    private readonly Slot<List<string>> _slot;

    public NamePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Publish(string[] names)
    {
        var fresh = new List<string>(names);
        _slot.Publish(fresh);
        fresh.Add("late"); // expect: WEFT0002
        _slot.Publish(base.Buffer);
        base.Buffer.Add("late"); // expect: WEFT0002
        base.Reset(); // expect: WEFT0002
    }
}
