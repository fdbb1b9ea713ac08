// Quiet twin: the program publishes an immutable copy of its list (ToImmutableArray) and keeps editing its own list.
using System.Collections.Generic;
using System.Collections.Immutable;
using Corpus.R11.TopLevelPublishQuiet;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var rules = new List<string> { "allow *" };
await Firewall.PublishAsync(pool, new Firewall { Rules = rules.ToImmutableArray() });
rules.Add("deny 10.0.0.0/8");
