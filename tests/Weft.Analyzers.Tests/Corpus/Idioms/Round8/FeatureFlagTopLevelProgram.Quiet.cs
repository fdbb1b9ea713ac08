// The clean twin: the kill switch is added before the publish, and the audit reads the slot on a worker.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var rollout = pool.AllocateSlot<List<string>>();

var enabled = new List<string> { "new-checkout", "fast-dns" };
void AddKillSwitch() => enabled.Add("kill-switch");
AddKillSwitch();
await rollout.PublishAsync(enabled);

var results = await Task.WhenAll(pool.Workers.Select(w => w.InvokeAsync(() => rollout.Get().Contains("fast-dns"))));
Console.WriteLine(string.Join(",", results));

var audit = await pool.Workers[0].InvokeAsync(() => rollout.Get().Count);
Console.WriteLine($"{audit} flags on");

var evaluator = new Evaluator(rollout);
Console.WriteLine(await pool.Workers[0].InvokeAsync(() => evaluator.IsOn("new-checkout", "user-7")));

public sealed class Evaluator(Weft.Slots.Slot<List<string>> rollout)
{
    private readonly Dictionary<string, int> _hashes = new();

    public bool IsOn(string flag, string user)
    {
        if (!_hashes.TryGetValue(user, out var hash))
        {
            _hashes[user] = hash = user.GetHashCode() & 0x7fffffff;
        }

        return rollout.Get().Contains(flag) && hash % 100 < 50;
    }
}
