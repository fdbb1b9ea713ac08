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
    /// <remarks>
    /// A dropped task stays <see cref="TaskStatus.WaitingToRun"/>: it neither completes nor faults, so code that may
    /// start work on a loop that has exited awaits it with a timeout (or checks the pool's shutdown first). Refusing by
    /// throwing would fault the task instead, but the same call is where an <c>await</c> on the loop resumes, on
    /// whatever thread completed the awaited task: the drop keeps that thread out of it.
    /// </remarks>
    protected override void QueueTask(Task task) => Dispatcher.PostContinuation(_execute, task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Dispatcher.IsCurrentThread && TryExecuteTask(task);

    /// <summary>Not supported: the queue is lock-free and cannot be enumerated.</summary>
    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
