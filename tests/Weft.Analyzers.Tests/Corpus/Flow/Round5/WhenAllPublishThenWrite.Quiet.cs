// Quiet twin of WhenAllPublishThenWrite: the writes come before Task.WhenAll starts the publishes, and the async lambda
// clears its list before publishing it.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.WhenAllPublishThenWriteQuiet;

public static class Publisher
{
    public static async Task Run(WorkerPool pool)
    {
        var names = pool.AllocateSlot<List<string>>();
        var ports = pool.AllocateSlot<List<int>>();
        var n = new List<string> { "a" };
        var p = new List<int> { 80 };
        n.Add("b");
        p[0] = 8080;
        await Task.WhenAll(names.PublishAsync(n), ports.PublishAsync(p));
        Func<List<int>, Task> republish = async list =>
        {
            list.Clear();
            await ports.PublishAsync(list);
        };
        await republish(new List<int> { 1 });
    }
}
