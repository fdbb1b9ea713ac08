// Round 2. Top-level statements: the list grows and is republished on every pass.
using System.Collections.Generic;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var slot = pool.AllocateSlot<List<string>>();
var names = new List<string>();
foreach (string arg in args)
{
    names.Add(arg); // expect: WEFT0002
    await slot.PublishAsync(names);
}
