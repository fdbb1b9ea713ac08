// WEFT0002: a generic holder `Box<T>` of the user's wraps a list and is published through a Slot<Box<List<int>>>;
// after the publish the list is written through the box's Value and through the original local.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.GenericBoxPublished;

public sealed class Box<T>
{
    public Box(T value) => Value = value;
    public T Value { get; }
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Box<List<int>>>();
        var ports = new List<int> { 80 };
        var box = new Box<List<int>>(ports);
        slot.Publish(box);
        box.Value.Add(443); // expect: WEFT0002
        ports.Remove(80); // expect: WEFT0002
    }
}
