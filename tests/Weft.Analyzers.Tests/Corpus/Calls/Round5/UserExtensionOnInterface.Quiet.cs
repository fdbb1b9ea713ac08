// Quiet twin of UserExtensionOnInterface: the same extensions on a worker's copy of the snapshot's hosts, and on the
// array before it is published.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.UserExtensionOnInterfaceQuiet;

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
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

public static class Code
{
    public static int OnWorker(Random random)
    {
        var hosts = Upstreams.Current.Hosts.ToList();
        hosts.Shuffle(random);
        hosts.MoveToFront(1);
        return hosts.Count;
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<string[]>();
        var order = new[] { "a", "b", "c" };
        order.Shuffle(Random.Shared);
        slot.Publish(order);
    }
}
