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

    /// <inheritdoc />
    protected override void QueueTask(Task task) => Dispatcher.Post(_execute, task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Dispatcher.IsCurrentThread && TryExecuteTask(task);

    /// <summary>Not supported: the queue is lock-free and cannot be enumerated.</summary>
    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
