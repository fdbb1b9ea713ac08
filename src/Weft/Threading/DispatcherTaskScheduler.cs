using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Weft.Threading;

/// <summary>Runs tasks on one dispatcher's thread, for <c>Task.Factory.StartNew(…, scheduler)</c> users.</summary>
public sealed class DispatcherTaskScheduler : TaskScheduler
{
    private readonly Action<Task> _execute;

    internal DispatcherTaskScheduler(Dispatcher dispatcher)
    {
        Dispatcher = dispatcher;
        _execute = task => TryExecuteTask(task);
    }

    /// <summary>The dispatcher tasks run on.</summary>
    public Dispatcher Dispatcher { get; }

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => 1;

    /// <summary>
    /// Queues <paramref name="task"/> on the loop. After the loop exited the task is dropped (it never runs, and never
    /// runs elsewhere), counted in <see cref="DispatcherStats.ContinuationsAfterExit"/> and the first one logged.
    /// </summary>
    protected override void QueueTask(Task task) => Dispatcher.PostContinuation(_execute, task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Dispatcher.IsCurrentThread && TryExecuteTask(task);

    /// <summary>Not supported: the queue is lock-free and cannot be enumerated.</summary>
    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
