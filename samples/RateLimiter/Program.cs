using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Stats;
using Weft.Threading;

// A per-worker token-bucket rate limiter on Weft, the way Envoy's local rate limit works: main publishes the limits
// as a snapshot every worker reads without a lock; each worker keeps its own buckets, so deciding a request touches
// no shared state. Each client is served by one worker (as its connection would be), so its bucket lives there alone.
//
//   dotnet run --project samples/RateLimiter                  simulated traffic, then the stats as Prometheus text
//   dotnet run --project samples/RateLimiter -- --live 60     real-time traffic for 60 s: watch it with
//                                                             dotnet-counters monitor -n RateLimiter --counters Weft
int workers = 4;
int liveSeconds = 0;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--workers": workers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--live": liveSeconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; use --workers N and --live SECONDS"); return 2;
    }
}

string[] clients = ["alice", "bob", "carol", "dave", "erin"];
await using var pool = WorkerPool.Start(new WorkerPoolOptions
{
    WorkerCount = workers,
    ThreadNamePrefix = "limiter",
    StatsFlushInterval = TimeSpan.FromSeconds(1),
});

await RateLimits.PublishAsync(pool, new RateLimits { RequestsPerSecond = 100, Burst = 20 });
await TokenBuckets.InitializeAsync(pool, _ => new TokenBuckets(pool.Stats));

if (liveSeconds > 0)
{
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(liveSeconds));
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (!stop.IsCancellationRequested)
    {
        foreach (string client in clients) { Send(client, clock.ElapsedMilliseconds); }
        await Task.Delay(1, CancellationToken.None);
    }
}
else
{
    // Ten simulated seconds: every client sends 50 requests a second, then the limits tighten halfway. The publish
    // completes once every worker has switched, i.e. after every request sent before it was decided on the old limits.
    for (long ms = 0; ms < 5_000; ms += 20)
    {
        foreach (string client in clients) { Send(client, ms); }
    }

    await RateLimits.PublishAsync(pool, new RateLimits { RequestsPerSecond = 25, Burst = 5 });
    for (long ms = 5_000; ms < 10_000; ms += 20)
    {
        foreach (string client in clients) { Send(client, ms); }
    }
}

StatsSnapshot stats = await pool.Stats.FlushAsync();
foreach (string line in stats.ToPrometheus().Split('\n'))
{
    if (line.Contains("ratelimiter_", StringComparison.Ordinal)) { Console.WriteLine(line); }
}

return 0;

void Send(string client, long atMilliseconds)
{
    Dispatcher worker = pool.Workers[(int)((uint)StringComparer.Ordinal.GetHashCode(client) % (uint)pool.Workers.Count)];
    worker.Post(static request => TokenBuckets.Current.Decide(request.Client, request.AtMilliseconds), new Request(client, atMilliseconds));
}

/// <summary>A request from <see cref="Client"/> arriving at <see cref="AtMilliseconds"/> on the limiter's clock.</summary>
internal readonly record struct Request(string Client, long AtMilliseconds);

/// <summary>The limits, published by main to every worker (a shared, immutable snapshot).</summary>
[ThreadLocalSlot]
internal sealed partial class RateLimits
{
    /// <summary>Requests per second each client may sustain.</summary>
    public int RequestsPerSecond { get; init; }

    /// <summary>Requests a client may send at once after being idle.</summary>
    public int Burst { get; init; }
}

/// <summary>One worker's buckets, one per client it serves: mutable, and only ever touched on that worker.</summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
internal sealed partial class TokenBuckets(StatsStore stats)
{
    private readonly Dictionary<string, Bucket> _byClient = new(StringComparer.Ordinal);

    /// <summary>Takes a token from <paramref name="client"/>'s bucket if it has one, and counts the decision.</summary>
    public void Decide(string client, long atMilliseconds)
    {
        RateLimits limits = RateLimits.Current;
        if (!_byClient.TryGetValue(client, out Bucket? bucket))
        {
            var tag = new KeyValuePair<string, string>("client", client);
            bucket = new Bucket(stats.Counter("ratelimiter.allowed", tag), stats.Counter("ratelimiter.denied", tag)) { Tokens = limits.Burst, LastMilliseconds = atMilliseconds };
            _byClient.Add(client, bucket);
        }

        double refilled = bucket.Tokens + ((atMilliseconds - bucket.LastMilliseconds) * limits.RequestsPerSecond / 1000.0);
        bucket.Tokens = Math.Min(limits.Burst, refilled);
        bucket.LastMilliseconds = atMilliseconds;
        if (bucket.Tokens >= 1)
        {
            bucket.Tokens -= 1;
            bucket.Allowed.Increment();
        }
        else
        {
            bucket.Denied.Increment();
        }
    }

    private sealed class Bucket(Counter allowed, Counter denied)
    {
        public Counter Allowed { get; } = allowed;

        public Counter Denied { get; } = denied;

        public double Tokens { get; set; }

        public long LastMilliseconds { get; set; }
    }
}
