// WEFT0002: two publishes started as arguments of Task.WhenAll; after the await both objects are published and the
// writes race the workers. An async lambda that publishes and then writes is the same inside its own body.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.WhenAllPublishThenWrite;

public static class Publisher
{
    public static async Task Run(WorkerPool pool)
    {
        var names = pool.AllocateSlot<List<string>>();
        var ports = pool.AllocateSlot<List<int>>();
        var n = new List<string> { "a" };
        var p = new List<int> { 80 };
        await Task.WhenAll(names.PublishAsync(n), ports.PublishAsync(p));
        n.Add("b"); // expect: WEFT0002
        p[0] = 8080; // expect: WEFT0002
        Func<List<int>, Task> republish = async list =>
        {
            await ports.PublishAsync(list);
            list.Clear(); // expect: WEFT0002
        };
        await republish(new List<int> { 1 });
    }
}
