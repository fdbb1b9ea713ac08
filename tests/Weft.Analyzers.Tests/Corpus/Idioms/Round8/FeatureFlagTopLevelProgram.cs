// A realistic component as a top-level program: a feature-flag rollout published through a Slot, evaluated on the
// workers. Two defects: a local function appends the kill switch to the published list after the publish
// (WEFT0002, reported at the write in the local function or at its call: #escape), and an audit task on the
// thread pool reads the slot (WEFT0005).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var rollout = pool.AllocateSlot<List<string>>();

var enabled = new List<string> { "new-checkout", "fast-dns" };
void AddKillSwitch() => enabled.Add("kill-switch"); // expect: WEFT0002 #escape
await rollout.PublishAsync(enabled);
AddKillSwitch(); // expect: WEFT0002 #escape

var results = await Task.WhenAll(pool.Workers.Select(w => w.InvokeAsync(() => rollout.Get().Contains("fast-dns"))));
Console.WriteLine(string.Join(",", results));

var audit = await Task.Run(() => rollout.Get().Count); // expect: WEFT0005
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
