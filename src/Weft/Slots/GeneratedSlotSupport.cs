using System;
using System.ComponentModel;
using System.Threading;

namespace Weft.Slots;

/// <summary>Infrastructure for generated <see cref="ThreadLocalSlotAttribute"/> code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedSlotSupport
{
    /// <summary>The error a generated <c>Current</c> throws: says which type, which thread and what to do.</summary>
    public static InvalidOperationException NoCurrentValue(string typeName, bool perWorker)
    {
        Threading.Dispatcher? dispatcher = Threading.Dispatcher.Current;
        string thread = Thread.CurrentThread.Name ?? $"#{Environment.CurrentManagedThreadId}";
        string setUp = perWorker ? "Initialize" : "PublishAsync";
        string reason = WorkerPool.Current is null
            ? $"thread '{thread}' is not a thread of a worker pool (Current is read on the pool's main or worker dispatchers, not in Task.Run, the thread pool or after ConfigureAwait(false))"
            : $"no value was set on dispatcher '{dispatcher?.Name ?? thread}' yet (call {typeName}.{setUp} first; workers see it once main has posted it to them)";
        return new InvalidOperationException($"{typeName}.Current is not available: {reason}.");
    }
}
