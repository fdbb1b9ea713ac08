// A top-level program publishes a generated snapshot whose Rules list it built, then appends a rule to that list.
using System.Collections.Generic;
using Corpus.R11.TopLevelPublish;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var rules = new List<string> { "allow *" };
await Firewall.PublishAsync(pool, new Firewall { Rules = rules.AsReadOnly() });
rules.Add("deny 10.0.0.0/8"); // expect: WEFT0002
