using System.Threading.Tasks;

namespace Weft.Generators.Tests.DocOnly;

/// <summary>
/// What the generated members do at run time, as design.md and the runtime's XML docs describe it: each probe runs in
/// the consumer assembly against a real pool and returns what it saw.
/// </summary>
public sealed class ServedBehaviourTests
{
    private const string U = DocOnlyKit.Usings;

    private static async Task<string> Probe(params string[] sources)
    {
        string[] all = [DocOnlyKit.ProbeKit, .. sources];
        return await DocOnlyKit.RunProbe(DocOnlyKit.Serve(all).Output);
    }

    [Fact]
    public async Task Published_snapshot_is_the_same_instance_on_main_and_every_worker()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot] public sealed partial class Routes { public string Name { get; init; } = ""; }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(3);
                    var value = new Routes { Name = "v1" };
                    await Kit.Within(Routes.PublishAsync(pool, value));
                    return await Kit.OnEvery(pool, () => ReferenceEquals(Routes.Current, value) + Routes.Current.Name
                        + (Routes.TryGetCurrent(out Routes? r) && ReferenceEquals(r, value)));
                }
            }
            """);
        Assert.Equal("main=Truev1True;w0=Truev1True;w1=Truev1True;w2=Truev1True", seen);
    }

    [Fact]
    public async Task Current_off_a_pool_thread_throws_a_clear_InvalidOperationException_and_TryGetCurrent_is_false()
    {
        string seen = await Probe(U + """
            namespace App { [ThreadLocalSlot] public sealed partial class Routes { } }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    await Kit.Within(App.Routes.PublishAsync(pool, new App.Routes()));
                    string result = "";
                    await Task.Run(() =>
                    {
                        try { GC.KeepAlive(App.Routes.Current); result = "no throw"; }
                        catch (InvalidOperationException e) { result = e.Message.Contains("App.Routes") ? "named" : "unnamed: " + e.Message; }
                        result += "|" + App.Routes.TryGetCurrent(out _);
                    }).WaitAsync(TimeSpan.FromSeconds(30));
                    return result;
                }
            }
            """);
        Assert.Equal("named|False", seen);
    }

    [Fact]
    public async Task Current_on_a_worker_before_any_value_throws_InvalidOperationException()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    return await Kit.On(pool.Workers[0], () =>
                    {
                        string r = Cache.TryGetCurrent(out _).ToString();
                        try { GC.KeepAlive(Cache.Current); return r + "|no throw"; }
                        catch (InvalidOperationException e) { return r + "|" + (e.Message.Contains("Cache") ? "named" : e.Message); }
                    });
                }
            }
            """);
        Assert.Equal("False|named", seen);
    }

    [Fact]
    public async Task Publish_callback_form_runs_once_on_main_after_every_thread_switched_and_a_republish_replaces_the_value()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot] public sealed partial class Routes { public int Version { get; init; } }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(2);
                    await Kit.Within(Routes.PublishAsync(pool, new Routes { Version = 1 }));
                    int calls = 0;
                    var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    Routes.Publish(pool, new Routes { Version = 2 }, () => { Interlocked.Increment(ref calls); done.TrySetResult(pool.Main.IsCurrentThread); });
                    bool onMain = await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    string versions = await Kit.OnEvery(pool, () => Routes.Current.Version);
                    await Kit.On(pool.Main, () => 0);
                    return onMain + "|" + Volatile.Read(ref calls) + "|" + versions;
                }
            }
            """.Replace("using Weft;", "using Weft; using System.Threading;"));
        Assert.Equal("True|1|main=2;w0=2;w1=2", seen);
    }

    [Fact]
    public async Task Per_worker_Initialize_builds_one_instance_per_thread_on_that_thread()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public Dispatcher? BuiltOn; public bool BuiltOnItsThread;
            }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(3);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache { BuiltOn = d, BuiltOnItsThread = d.IsCurrentThread }));
                    var instances = new HashSet<Cache>(ReferenceEqualityComparer.Instance);
                    string own = await Kit.OnEvery(pool, () => { lock (instances) instances.Add(Cache.Current); return Cache.Current.BuiltOnItsThread && Cache.Current.BuiltOn!.IsCurrentThread; });
                    return own + "|distinct=" + instances.Count;
                }
            }
            """.Replace("using Weft;", "using Weft; using System.Collections.Generic;"));
        Assert.Equal("main=True;w0=True;w1=True;w2=True|distinct=4", seen);
    }

    [Fact]
    public async Task Initialize_without_await_is_replayed_on_a_worker_added_later_and_so_is_a_publish()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public Dispatcher? BuiltOn; }
            [ThreadLocalSlot] public sealed partial class Routes { public int Version { get; init; } }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    Cache.Initialize(pool, d => new Cache { BuiltOn = d });
                    await Kit.Within(Routes.PublishAsync(pool, new Routes { Version = 7 }));
                    Dispatcher late = await pool.AddWorkerAsync().WaitAsync(TimeSpan.FromSeconds(30));
                    return await Kit.On(late, () => ReferenceEquals(Cache.Current.BuiltOn, late) + "|" + Routes.Current.Version);
                }
            }
            """);
        Assert.Equal("True|7", seen);
    }

    [Fact]
    public async Task UpdateAllAsync_runs_once_on_every_thread_on_its_own_instance()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int Runs; public bool OnOwnThread = true; public Dispatcher? Home; }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(2);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache { Home = d }));
                    await Kit.Within(Cache.UpdateAllAsync(pool, c => { c.Runs++; c.OnOwnThread &= c.Home!.IsCurrentThread && ReferenceEquals(c, Cache.Current); }));
                    return await Kit.OnEvery(pool, () => Cache.Current.Runs + "" + Cache.Current.OnOwnThread);
                }
            }
            """);
        Assert.Equal("main=1True;w0=1True;w1=1True", seen);
    }

    [Fact]
    public async Task WorkerUpdate_broadcast_delivers_every_argument_to_every_thread()
    {
        string seen = await Probe(U + """
            public readonly record struct Big(long A, long B);
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Log = "";
                [WorkerUpdate] void Evict(string host) => Log += "e:" + host + ";";
                [WorkerUpdate] void Mix(in Big big, (int Id, string? Name) pair, List<int> list, int[] arr, string? none, int pool, string onAllApplied = "d")
                    => Log += $"m:{big.A}{big.B}{pair.Id}{pair.Name}{list.Count}{arr.Length}{none ?? "null"}{pool}{onAllApplied};";
                [WorkerUpdate] void Many(params int[] xs) => Log += "p:" + xs.Length + ";";
                [WorkerUpdate] void @event() => Log += "k;";
            }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(2);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache()));
                    await Kit.Within(Cache.EvictOnAllWorkersAsync(pool, "10.0.0.7"));
                    await Kit.Within(Cache.MixOnAllWorkersAsync(pool, new Big(1, 2), (3, "n"), new List<int> { 1, 2 }, new int[4], null, 9, "x"));
                    await Kit.Within(Cache.ManyOnAllWorkersAsync(pool, new[] { 1, 2, 3 }));
                    await Kit.Within(Cache.eventOnAllWorkersAsync(pool));
                    return await Kit.OnEvery(pool, () => Cache.Current.Log);
                }
            }
            """);
        const string each = "e:10.0.0.7;m:123n24null9x;p:3;k;";
        Assert.Equal($"main={each};w0={each};w1={each}", seen);
    }

    [Fact]
    public async Task Overloaded_updates_each_run_their_own_method()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Log = "";
                [WorkerUpdate] void Evict(string host) => Log += "s" + host;
                [WorkerUpdate] void Evict(int id) => Log += "i" + id;
                [WorkerUpdate] void Evict() => Log += "n";
            }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache()));
                    await Kit.Within(Cache.EvictOnAllWorkersAsync(pool, "h"));
                    await Kit.Within(Cache.EvictOnAllWorkersAsync(pool, 4));
                    await Kit.Within(Cache.EvictOnAllWorkersAsync(pool));
                    return await Kit.OnEvery(pool, () => Cache.Current.Log);
                }
            }
            """);
        Assert.Equal("main=shi4n;w0=shi4n", seen);
    }

    [Fact]
    public async Task WorkerUpdate_callback_form_runs_onAllApplied_once_on_main_after_every_thread_ran()
    {
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public static int Applied;
                [WorkerUpdate] void Bump(int by) => Interlocked.Add(ref Applied, by);
            }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(3);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache()));
                    int calls = 0;
                    var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                    Cache.BumpOnAllWorkers(pool, 10, () => { Interlocked.Increment(ref calls); done.TrySetResult(pool.Main.IsCurrentThread + "|" + Volatile.Read(ref Cache.Applied)); });
                    string atCompletion = await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    await Kit.On(pool.Main, () => 0);
                    await Kit.OnEvery(pool, () => 0);
                    return atCompletion + "|calls=" + Volatile.Read(ref calls);
                }
            }
            """.Replace("using Weft;", "using Weft; using System.Threading;"));
        Assert.Equal("True|40|calls=1", seen);
    }

    [Fact]
    public async Task A_throwing_update_faults_the_broadcast_task_and_the_other_threads_still_ran()
    {
        // design.md Failure semantics: "a broadcast whose callback throws on some thread still completes (its Task
        // faults with every thread's exception".
        string seen = await Probe(U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public Dispatcher? Home; public int Runs;
                [WorkerUpdate] void Poke(string failOn) { Runs++; if (Home!.Name == failOn) throw new InvalidOperationException("boom on " + failOn); }
            }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(2);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache { Home = d }));
                    string failOn = pool.Workers[1].Name;
                    Task broadcast = Cache.PokeOnAllWorkersAsync(pool, failOn);
                    string outcome;
                    try { await Kit.Within(broadcast); outcome = "completed"; }
                    catch (InvalidOperationException e) when (e.Message.Contains("boom")) { outcome = "faulted"; }
                    catch (AggregateException e) when (e.ToString().Contains("boom")) { outcome = "faulted"; }
                    catch (Exception e) when (e is not TimeoutException && e.ToString().Contains("boom")) { outcome = "faulted"; }
                    return outcome + "|" + await Kit.OnEvery(pool, () => Cache.Current.Runs);
                }
            }
            """);
        Assert.Equal("faulted|main=1;w0=1;w1=1", seen);
    }

    [Fact]
    public async Task Slot_types_with_one_short_name_in_two_namespaces_are_two_slots()
    {
        string seen = await Probe(
            U + "namespace Alpha { [ThreadLocalSlot] public sealed partial class Routes { public int V { get; init; } } }",
            U + """
            namespace Beta { [ThreadLocalSlot] public sealed partial class Routes { public int V { get; init; } } }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    await Kit.Within(Alpha.Routes.PublishAsync(pool, new Alpha.Routes { V = 1 }));
                    await Kit.Within(Beta.Routes.PublishAsync(pool, new Beta.Routes { V = 2 }));
                    return await Kit.OnEvery(pool, () => Alpha.Routes.Current.V + "" + Beta.Routes.Current.V);
                }
            }
            """);
        Assert.Equal("main=12;w0=12", seen);
    }

    [Fact]
    public async Task Partial_type_split_across_files_gets_updates_declared_in_every_part()
    {
        string seen = await Probe(
            U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; }",
            U + "public sealed partial class Cache { [WorkerUpdate] void Add(int k) => N += k; }",
            U + """
            partial class Cache { [WorkerUpdate] void Double() => N *= 2; }
            public static class Probe
            {
                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(1);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache()));
                    await Kit.Within(Cache.AddOnAllWorkersAsync(pool, 3));
                    await Kit.Within(Cache.DoubleOnAllWorkersAsync(pool));
                    return await Kit.OnEvery(pool, () => Cache.Current.N);
                }
            }
            """);
        Assert.Equal("main=6;w0=6", seen);
    }

    [Fact]
    public async Task WorkerUpdate_callback_form_allocates_nothing_on_the_caller_per_call_in_steady_state()
    {
        // GeneratedSlot.OnAllWorkers: "Allocates nothing per call in steady state"; design.md: "generated, no closure
        // allocation". Measured on the calling thread only, which is where a closure or boxed state would be made.
        string seen = await Probe(U + """
            public readonly record struct Key(long A, long B);
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public long Sum;
                [WorkerUpdate] void Bump(int by, string host, in Key key) => Sum += by + host.Length + key.A;
            }
            public static class Probe
            {
                private static readonly ManualResetEventSlim Done = new(false);
                private static readonly Action OnDone = () => Done.Set();

                private static void Once(WorkerPool pool, Key key)
                {
                    Done.Reset();
                    Cache.BumpOnAllWorkers(pool, 1, "h", key, OnDone);
                    if (!Done.Wait(30_000)) throw new TimeoutException("onAllApplied did not run within 30 s");
                }

                public static async Task<string> Run()
                {
                    await using var pool = Kit.Pool(2);
                    await Kit.Within(Cache.InitializeAsync(pool, d => new Cache()));
                    var key = new Key(1, 2);
                    for (int i = 0; i < 500; i++) Once(pool, key);
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int i = 0; i < 500; i++) Once(pool, key);
                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    return allocated < 500 ? "steady" : allocated + " B over 500 calls";
                }
            }
            """);
        Assert.Equal("steady", seen);
    }
}
