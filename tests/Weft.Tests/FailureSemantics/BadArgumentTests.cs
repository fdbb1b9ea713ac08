using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Slots;
using Weft.Threading;
using Weft.Watchdog;

namespace Weft.Tests.FailureSemantics;

/// <summary>Bad arguments are refused where they are given, naming the parameter.</summary>
public sealed class BadArgumentTests
{
    public static TheoryData<string, Action<WorkerPoolOptions>> BadOptions => new()
    {
        { "WorkerCount", o => o.WorkerCount = -1 },
        { "WorkerCount", o => o.WorkerCount = WorkerPoolOptions.MaxWorkerCount + 1 },
        { "ThreadNamePrefix", o => o.ThreadNamePrefix = null! },
        { "ThreadNamePrefix", o => o.ThreadNamePrefix = " " },
        { "BroadcastTimeout", o => o.BroadcastTimeout = TimeSpan.FromSeconds(-1) },
        { "BroadcastTimeout", o => o.BroadcastTimeout = TimeSpan.Zero },
        { "ShutdownTimeout", o => o.ShutdownTimeout = TimeSpan.FromSeconds(-5) },
        { "StatsFlushTimeout", o => o.StatsFlushTimeout = TimeSpan.FromSeconds(-5) },
        { "StatsFlushInterval", o => o.StatsFlushInterval = TimeSpan.FromSeconds(-1) },
        { "MissTimeout", o => o.GuardDog = new GuardDogOptions { MissTimeout = TimeSpan.FromMilliseconds(-1) } },
        { "MegaMissTimeout", o => o.GuardDog = new GuardDogOptions { MegaMissTimeout = TimeSpan.FromMilliseconds(-1) } },
        { "KillTimeout", o => o.GuardDog = new GuardDogOptions { KillTimeout = TimeSpan.FromMilliseconds(-1) } },
        { "MultiKillTimeout", o => o.GuardDog = new GuardDogOptions { MultiKillTimeout = TimeSpan.FromMilliseconds(-1) } },
        { "MultiKillThreshold", o => o.GuardDog = new GuardDogOptions { MultiKillThreshold = double.NaN } },
        { "MultiKillThreshold", o => o.GuardDog = new GuardDogOptions { MultiKillThreshold = -0.5 } },
        { "MultiKillThreshold", o => o.GuardDog = new GuardDogOptions { MultiKillThreshold = 1.5 } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_pool_option_is_refused_at_start_naming_it(string parameter, Action<WorkerPoolOptions> spoil)
    {
        var options = new WorkerPoolOptions { StatsFlushInterval = TimeSpan.Zero };
        spoil(options);

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => WorkerPool.Start(options));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public async Task Zero_workers_means_main_only()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<object> slot = pool.AllocateSlot<object>();
        await slot.SetAsync(_ => new object());
        Assert.Empty(pool.Workers);
        Assert.True(pool.Main.Invoke(() => slot.TryGet(out _)));
    }

    [Fact]
    public void Bad_dispatcher_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("name", () => new Dispatcher(null!));
        Assert.Throws<ArgumentException>("name", () => new Dispatcher(" "));
        Assert.Throws<ArgumentOutOfRangeException>("MaxCallbacksPerIteration", () => new Dispatcher("d", new DispatcherOptions { MaxCallbacksPerIteration = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>("SpinCountBeforePark", () => new Dispatcher("d", new DispatcherOptions { SpinCountBeforePark = -1 }));
        using var dispatcher = new Dispatcher("args");
        Assert.Throws<ArgumentNullException>("callback", () => dispatcher.Post((Action)null!));
        Assert.Throws<ArgumentNullException>("callback", () => dispatcher.Post<int>(null!, 1));
        Assert.Throws<ArgumentNullException>("workItem", () => dispatcher.Post((IDispatcherWorkItem)null!));
        Assert.Throws<ArgumentNullException>("function", () => { _ = dispatcher.InvokeAsync<int>(null!); });
        Assert.Throws<ArgumentNullException>("callback", () => dispatcher.CreateTimer(null!));
        Assert.Throws<ArgumentNullException>("disposable", () => dispatcher.DeferredDelete(null!));
        DispatcherTimer timer = dispatcher.CreateTimer(() => { });
        Assert.Throws<ArgumentOutOfRangeException>("delay", () => timer.Enable(TimeSpan.FromMilliseconds(-1)));
    }

    public static TheoryData<string, Action<ConnectionOptions>> BadConnectionOptions => new()
    {
        { "HighWatermark", o => o.HighWatermark = 0 },
        { "LowWatermark", o => o.LowWatermark = -1 },
        { "LowWatermark", o => (o.HighWatermark, o.LowWatermark) = (4096, 4096) },
        { "ConnectTimeout", o => o.ConnectTimeout = TimeSpan.Zero },
        { "ConnectTimeout", o => o.ConnectTimeout = TimeSpan.FromSeconds(-1) },
        { "IdleTimeout", o => o.IdleTimeout = TimeSpan.Zero },
        { "IdleTimeout", o => o.IdleTimeout = TimeSpan.FromMilliseconds(-2) },
        { "MaxReadBytesPerEvent", o => o.MaxReadBytesPerEvent = 0 },
    };

    [Theory]
    [MemberData(nameof(BadConnectionOptions))]
    public void A_bad_connection_option_is_refused_by_connect_and_by_a_listener_naming_it(string parameter, Action<ConnectionOptions> spoil)
    {
        var options = new ConnectionOptions();
        spoil(options);
        using var loop = new Dispatcher("bad-connection-options");
        var loopback = new IPEndPoint(IPAddress.Loopback, 9);

        var byConnect = Assert.Throws<ArgumentOutOfRangeException>(() => Connection.Connect(loop, loopback, (_, _) => { }, (_, _) => { }, options));
        var byListener = Assert.Throws<ArgumentOutOfRangeException>(() => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), _ => { }, new ListenerOptions { Connection = options }));

        Assert.Equal(parameter, byConnect.ParamName);
        Assert.Equal(parameter, byListener.ParamName);
    }

    public static TheoryData<string, Action<ListenerOptions>, Action<BalancedListenerOptions>> BadListenerOptions => new()
    {
        { "Backlog", o => o.Backlog = 0, o => o.Backlog = 0 },
        { "MaxAcceptsPerEvent", o => o.MaxAcceptsPerEvent = 0, o => o.MaxAcceptsPerEvent = 0 },
        { "MinAcceptBackoff", o => o.MinAcceptBackoff = TimeSpan.Zero, o => o.MinAcceptBackoff = TimeSpan.Zero },
        { "MaxAcceptBackoff", o => o.MaxAcceptBackoff = TimeSpan.FromMilliseconds(5), o => o.MaxAcceptBackoff = TimeSpan.FromMilliseconds(5) },
        { "HighWatermark", o => o.Connection = new ConnectionOptions { HighWatermark = 0 }, o => o.Connection = new ConnectionOptions { HighWatermark = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadListenerOptions))]
    public void A_bad_listener_option_is_refused_before_any_socket_is_made_or_touched(string parameter, Action<ListenerOptions> spoil, Action<BalancedListenerOptions> spoilBalanced)
    {
        var options = new ListenerOptions();
        spoil(options);
        var balanced = new BalancedListenerOptions();
        spoilBalanced(balanced);
        using var loop = new Dispatcher("bad-listener-options");
        var any = new IPEndPoint(IPAddress.Loopback, 0);
        using var adopted = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        adopted.Bind(any);
        adopted.Listen(4);

        var byOpen = Assert.Throws<ArgumentOutOfRangeException>(() => Listener.Open(loop, any, _ => { }, options));
        var byAdopt = Assert.Throws<ArgumentOutOfRangeException>(() => Listener.Adopt(loop, adopted, _ => { }, options));
        var byBalanced = Assert.Throws<ArgumentOutOfRangeException>(() => BalancedListener.Open(loop, [loop], any, _ => { }, balanced));

        Assert.Equal(parameter, byOpen.ParamName);
        Assert.Equal(parameter, byAdopt.ParamName);
        Assert.Equal(parameter, byBalanced.ParamName);
        Assert.True(adopted.Blocking, "a refused Adopt changed the caller's socket");
    }

    [Fact]
    public async Task Null_slot_callbacks_are_refused_on_the_calling_thread()
    {
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<object> slot = pool.AllocateSlot<object>();
        Assert.Throws<ArgumentNullException>("initializer", () => slot.Set(null!));
        Assert.Throws<ArgumentNullException>("initializer", () => { _ = slot.SetAsync(null!); });
        Assert.Throws<ArgumentNullException>("onAllApplied", () => slot.Publish(new object(), null!));
        Assert.Throws<ArgumentNullException>("update", () => slot.RunOnAllThreads(null!));
        Assert.Throws<ArgumentNullException>("complete", () => slot.RunOnAllThreads(_ => { }, null!));
        Assert.Throws<ArgumentNullException>("update", () => { _ = slot.RunOnAllThreadsAsync(null!); });
        Assert.Throws<ArgumentNullException>("update", () => slot.RunOnAllThreads<int>(null!, 1, () => { }));
        Assert.Throws<ArgumentNullException>("onAllApplied", () => slot.RunOnAllThreads<int>((_, _) => { }, 1, null!));
        Assert.Throws<ArgumentNullException>("update", () => { _ = slot.RunOnAllThreadsAsync<int>(null!, 1); });
        Assert.Throws<ArgumentNullException>("name", () => pool.Stats.Counter(null!));
        Assert.Throws<ArgumentException>("name", () => pool.Stats.Gauge(" "));
    }
}
