using System;

namespace Weft.Threading;

/// <summary>
/// The three places where a loop touches the outside world, replaceable for deterministic simulation: the clock,
/// the wait/wake primitive and the thread a loop runs on. Every member null means production behaviour
/// (<see cref="Default"/>), at the cost of a null check.
/// </summary>
internal sealed class DispatcherSeams
{
    public static readonly DispatcherSeams Default = new();

    /// <summary>Time for timestamps and the timer wheel; null reads <see cref="System.Diagnostics.Stopwatch"/>.</summary>
    public IDispatcherClock? Clock { get; init; }

    /// <summary>Builds each loop's waiter; null gives an <see cref="EventDispatcherWaiter"/>.</summary>
    public Func<Dispatcher, IDispatcherWaiter>? CreateWaiter { get; init; }

    /// <summary>Starts each loop; null starts a named background thread running <see cref="Dispatcher.Run"/>.</summary>
    public IDispatcherThreadStarter? ThreadStarter { get; init; }
}
