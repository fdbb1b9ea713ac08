// WEFT0003 and WEFT0002: user-written extension methods on IList<T> (a Fisher-Yates Shuffle and a MoveToFront) write
// their `this` argument; called on a snapshot's list through Current, and on a published list after its publish.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.UserExtensionOnInterface;

public static class ListExtensions
{
    public static void Shuffle<T>(this IList<T> list, Random random)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public static void MoveToFront<T>(this IList<T> list, int index)
    {
        var item = list[index];
        list.RemoveAt(index);
        list.Insert(0, item);
    }
}

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class Code
{
    public static void OnWorker(Random random)
    {
        Upstreams.Current.Hosts.Shuffle(random); // expect: WEFT0003
        Upstreams.Current.Hosts.MoveToFront(1); // expect: WEFT0003
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<string[]>();
        var order = new[] { "a", "b", "c" };
        slot.Publish(order);
        order.Shuffle(Random.Shared); // expect: WEFT0002
    }
}
