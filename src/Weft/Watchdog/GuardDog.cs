using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Watchdog;

/// <summary>What the guard dog saw.</summary>
public enum GuardDogEventKind
{
    /// <summary>A dispatcher went untouched past the miss timeout.</summary>
    Miss,

    /// <summary>A dispatcher went untouched past the mega-miss timeout.</summary>
    MegaMiss,
}

/// <summary>A miss or mega-miss, raised on the guard-dog thread.</summary>
/// <param name="Kind">Miss or mega-miss.</param>
/// <param name="Dispatcher">The stalled dispatcher's name.</param>
/// <param name="StalledFor">How long since its last touch.</param>
/// <param name="RunningCallback">The callback it was running when last seen, if any.</param>
public readonly record struct GuardDogEvent(GuardDogEventKind Kind, string Dispatcher, TimeSpan StalledFor, string? RunningCallback);

/// <summary>
/// Envoy's guard dog: every dispatcher touches its watchdog on each loop iteration and from a repeating timer; this
/// thread checks them at the smallest enabled timeout. A miss and a mega-miss fire once per stall and re-arm after
/// the next touch; kill and multi-kill abort the process, naming the stalled dispatcher and the callback it is running.
/// </summary>
public sealed class GuardDog : IDisposable
{
    private readonly GuardDogOptions _options;
    private readonly ILogger? _logger;
    private readonly object _lock = new();
    private readonly List<DispatcherWatch> _watched = new();
    // Never spun on: the thread waits out a whole check interval each time, and a spinning wait would yield the CPU
    // (sched_yield) a few dozen times per check, taking time from the loops it watches on a machine without spare cores.
    private readonly ManualResetEventSlim _stop = new(initialState: false, spinCount: 0);
    private readonly Thread? _thread;
    private long _misses;
    private long _megaMisses;
    private long _checks;

    internal GuardDog(GuardDogOptions options, ILogger? logger, string threadName)
    {
        _options = options;
        _logger = logger;
        if (!options.ChecksDrivenByCaller)
        {
            _thread = new Thread(Run) { IsBackground = true, Name = threadName };
            _thread.Start();
        }
    }

    /// <summary>Raised on the guard-dog thread for each miss and mega-miss.</summary>
    public event Action<GuardDogEvent>? Stalled;

    /// <summary>Misses so far, all dispatchers.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Mega-misses so far, all dispatchers.</summary>
    public long MegaMisses => Interlocked.Read(ref _megaMisses);

    /// <summary>Check passes run so far (each looks at every dispatcher).</summary>
    public long Checks => Interlocked.Read(ref _checks);

    /// <summary>Per dispatcher: its name, misses and mega-misses.</summary>
    public IEnumerable<(string Dispatcher, long Misses, long MegaMisses)> PerDispatcher()
    {
        lock (_lock)
        {
            return _watched.Select(w => (w.Watchdog.Dispatcher.Name, w.Misses, w.MegaMisses)).ToArray();
        }
    }

    /// <summary>
    /// Starts watching <paramref name="dispatcher"/>: it touches at the start of every iteration, and a timer at half
    /// the check interval makes an idle loop iterate (so touch) at least that often.
    /// </summary>
    internal void Watch(Dispatcher dispatcher)
    {
        var watchdog = new DispatcherWatchdog(dispatcher);
        lock (_lock)
        {
            _watched.Add(new DispatcherWatch(watchdog));
        }

        dispatcher.SetObserver(watchdog);
        TimeSpan touchEvery = _options.CheckInterval / 2;
        if (touchEvery > TimeSpan.Zero)
        {
            dispatcher.TryPost(() => RepeatingTimer.Start(dispatcher, touchEvery, DispatcherWatchdog.WakeToTouch));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Set();
        if (_thread is not null && _thread.ManagedThreadId != Environment.CurrentManagedThreadId)
        {
            _thread.Join();
        }

        _stop.Dispose();
    }

    private void Run()
    {
        TimeSpan interval = _options.CheckInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        while (!_stop.Wait(interval))
        {
            Check(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>When <paramref name="dispatcher"/> last touched (<see cref="Stopwatch"/> ticks on its clock); tests wait on it.</summary>
    internal long LastTouchOf(Dispatcher dispatcher)
    {
        lock (_lock)
        {
            return _watched.Single(w => w.Watchdog.Dispatcher == dispatcher).Watchdog.LastTouch;
        }
    }

    /// <summary>One pass over every watched dispatcher (internal so tests can drive it with a chosen clock).</summary>
    internal void Check(long now)
    {
        DispatcherWatch[] watched;
        lock (_lock)
        {
            watched = _watched.ToArray();
        }

        int multiKillStalled = 0;
        foreach (DispatcherWatch watch in watched)
        {
            if (watch.Watchdog.Dispatcher.HasExited)
            {
                continue;
            }

            long lastTouch = watch.Watchdog.LastTouch;
            if (lastTouch != watch.LastSeenTouch)
            {
                // Touched since the last check: the stall (if any) is over, re-arm both.
                watch.LastSeenTouch = lastTouch;
                watch.MissFired = false;
                watch.MegaMissFired = false;
            }

            TimeSpan stalled = Stopwatch.GetElapsedTime(lastTouch, now);
            if (Enabled(_options.MissTimeout) && stalled >= _options.MissTimeout && !watch.MissFired)
            {
                watch.MissFired = true;
                watch.Misses++;
                Interlocked.Increment(ref _misses);
                Raise(GuardDogEventKind.Miss, watch, stalled);
            }

            if (Enabled(_options.MegaMissTimeout) && stalled >= _options.MegaMissTimeout && !watch.MegaMissFired)
            {
                watch.MegaMissFired = true;
                watch.MegaMisses++;
                Interlocked.Increment(ref _megaMisses);
                Raise(GuardDogEventKind.MegaMiss, watch, stalled);
            }

            if (Enabled(_options.KillTimeout) && stalled >= _options.KillTimeout)
            {
                Kill($"Weft guard dog: dispatcher '{watch.Watchdog.Dispatcher.Name}' has not run its loop for {stalled.TotalMilliseconds:0} ms " +
                     $"(kill timeout {_options.KillTimeout.TotalMilliseconds:0} ms); it is running {watch.Watchdog.Dispatcher.RunningCallbackDescription ?? "no callback (blocked outside one)"}.");
                return;
            }

            if (Enabled(_options.MultiKillTimeout) && stalled >= _options.MultiKillTimeout)
            {
                multiKillStalled++;
            }
        }

        int required = Math.Max(2, (int)Math.Ceiling(_options.MultiKillThreshold * watched.Length));
        Interlocked.Increment(ref _checks);
        if (Enabled(_options.MultiKillTimeout) && multiKillStalled >= required)
        {
            string names = string.Join(", ", watched.Where(w => Stopwatch.GetElapsedTime(w.Watchdog.LastTouch, now) >= _options.MultiKillTimeout)
                .Select(w => $"'{w.Watchdog.Dispatcher.Name}' running {w.Watchdog.Dispatcher.RunningCallbackDescription ?? "no callback"}"));
            Kill($"Weft guard dog: {multiKillStalled} dispatchers stalled past the multi-kill timeout ({_options.MultiKillTimeout.TotalMilliseconds:0} ms): {names}.");
        }
    }

    private static bool Enabled(TimeSpan timeout) => timeout > TimeSpan.Zero;

    private void Raise(GuardDogEventKind kind, DispatcherWatch watch, TimeSpan stalled)
    {
        var evt = new GuardDogEvent(kind, watch.Watchdog.Dispatcher.Name, stalled, watch.Watchdog.Dispatcher.RunningCallbackDescription);
        _logger?.LogWarning("Guard dog {Kind}: dispatcher '{Dispatcher}' stalled for {Milliseconds} ms running {Callback}.", kind, evt.Dispatcher, (long)stalled.TotalMilliseconds, evt.RunningCallback ?? "no callback");
        try
        {
            Stalled?.Invoke(evt);
        }
        catch (Exception ex)
        {
            _logger?.LogError(ex, "A guard-dog event handler threw.");
        }
    }

    private void Kill(string message)
    {
        _logger?.LogCritical("{Message}", message);
        if (_options.KillAction is { } kill)
        {
            kill(message);
        }
        else
        {
            Environment.FailFast(message);
        }
    }

    private sealed class DispatcherWatch(DispatcherWatchdog watchdog)
    {
        public DispatcherWatchdog Watchdog { get; } = watchdog;

        public long LastSeenTouch { get; set; } = watchdog.LastTouch;

        public bool MissFired { get; set; }

        public bool MegaMissFired { get; set; }

        public long Misses { get; set; }

        public long MegaMisses { get; set; }
    }
}

/// <summary>
/// A dispatcher's last sign of life, written by its loop, read by the guard dog. Only the loop's own iteration start
/// touches it, on the loop's clock: a touch read from another clock (the touch timer used to read
/// <see cref="Stopwatch"/> while iterations read the dispatcher's clock) would mix two time bases in one field.
/// </summary>
internal sealed class DispatcherWatchdog(Dispatcher dispatcher) : ILoopObserver
{
    private long _lastTouch = Stopwatch.GetTimestamp();

    public Dispatcher Dispatcher { get; } = dispatcher;

    public long LastTouch => Volatile.Read(ref _lastTouch);

    /// <summary>The touch timer's callback: the timer woke the loop, whose iteration has already touched.</summary>
    public static void WakeToTouch()
    {
    }

    public void OnIterationStarted(long timestamp) => Volatile.Write(ref _lastTouch, timestamp);
}
