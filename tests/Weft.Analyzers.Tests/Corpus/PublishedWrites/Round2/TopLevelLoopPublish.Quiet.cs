// Round 2. Top-level statements: every pass publishes a new list built from the arguments so far.
using System.Collections.Generic;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var slot = pool.AllocateSlot<List<string>>();
var names = new List<string>();
foreach (string arg in args)
{
    names.Add(arg);
    await slot.PublishAsync(new List<string>(names));
}
