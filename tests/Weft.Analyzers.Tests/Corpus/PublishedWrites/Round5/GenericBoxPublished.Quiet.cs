// Quiet twin of GenericBoxPublished: the box is filled before the publish; after it the code boxes a fresh list and
// writes that one (never published).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.GenericBoxPublishedQuiet;

public sealed class Box<T>
{
    public Box(T value) => Value = value;
    public T Value { get; }
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Box<List<int>>>();
        var ports = new List<int> { 80 };
        var box = new Box<List<int>>(ports);
        box.Value.Add(443);
        slot.Publish(box);
        var next = new Box<List<int>>(new List<int>(box.Value));
        next.Value.Remove(80);
        return next.Value.Count;
    }
}
