namespace Weft.Threading;

/// <summary>Told by a dispatcher's loop of each iteration, on the loop thread; must return at once.</summary>
internal interface ILoopObserver
{
    /// <summary>An iteration began at <paramref name="timestamp"/> (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
    void OnIterationStarted(long timestamp);
}
