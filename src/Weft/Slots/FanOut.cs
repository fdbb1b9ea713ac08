using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Weft.Internal;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>What a fan-out does on each thread (a struct, so the pooled operation stores it without boxing).</summary>
internal interface IFanOutStep
{
    /// <summary>Names the operation in errors ("RunOnAllThreads on Slot&lt;Config&gt;#2").</summary>
    string Describe();

    /// <summary>Main, before anything runs: true when there is nothing to do anywhere (a set on a disposed slot).</summary>
    bool IsMoot { get; }

    /// <summary>When the step throws on main, the change is abandoned: no worker is sent it (a failed <c>Set</c>).</summary>
    bool AbandonWhenMainThrows { get; }

    /// <summary>On each thread, with that thread's slot entries.</summary>
    void Run(ThreadSlots slots);

    /// <summary>Main, after <see cref="Run"/> succeeded there and before any worker is sent it.</summary>
    void OnMainSucceeded();
}

/// <summary>
/// The one fan-out under every slot verb: run a step on main, then on every registered worker, then a completion on
/// main exactly once. The operation is pooled and reference-counted (one reference for the fan-out, one for a Task
/// adapter still reading it), and posts itself and its per-worker ticket without allocating, so the callback form
/// allocates nothing in steady state. Every thread's exception is caught and kept with the thread's name.
/// </summary>
internal abstract class FanOut : IDispatcherWorkItem
{
    private static readonly Action<(FanOut Operation, int Index)> RunOnWorkerCallback = static ticket => ticket.Operation.RunOnWorker(ticket.Index);

    private readonly object _failuresLock = new();
    private SlotRegistry? _registry;
    private Action? _onComplete;
    private FanOutTask? _task;
    private Dispatcher[] _threads = new Dispatcher[8];
    private int[] _ran = new int[8];
    private List<(int Index, Exception Error)>? _failures;
    private List<string>? _unreachable;
    private int _threadCount;
    private int _remaining;
    private int _references;
    private bool _fannedOut;
    private Outcome _outcome;

    private enum Outcome
    {
        Ran,
        ShutDown,
        Abandoned,
        MainExited,
    }

    /// <summary>Main, when the completion runs: "threw on" lists and the like. Also read by a timed-out Task adapter.</summary>
    internal SlotRegistry Registry => _registry!;

    protected abstract string Describe();

    protected abstract bool IsMoot { get; }

    protected abstract bool AbandonWhenMainThrows { get; }

    protected abstract void RunStep(ThreadSlots slots);

    protected abstract void OnMainSucceeded();

    protected abstract void ClearStep();

    protected abstract void ReturnToPool();

    /// <summary>
    /// Any thread: sends the operation to main (runs it inline when called there). The completion, when given, runs on
    /// main exactly once; the Task adapter, when given, is completed before it and keeps a reference until released.
    /// </summary>
    protected void Begin(SlotRegistry registry, Action? onComplete, FanOutTask? task)
    {
        _registry = registry;
        _onComplete = onComplete;
        _task = task;
        _outcome = Outcome.Ran;
        _fannedOut = false;
        _threadCount = 0;
        _references = task is null ? 1 : 2;
        task?.Attach(this);
        Dispatcher main = registry.Main;
        if (Dispatcher.Current == main)
        {
            Execute();
        }
        else if (!main.TryPost(this))
        {
            // Refused only once main is exiting, which follows the shutdown the caller checked for: say so to the caller.
            _references = 1;
            task?.Detach();
            Recycle();
            throw new InvalidOperationException("Cannot run on all threads: the worker pool is shut down (its main loop has exited).");
        }
    }

    /// <summary>On main: first the fan-out, then (posted back by the last worker) the completion.</summary>
    public void Execute()
    {
        if (!_fannedOut)
        {
            _fannedOut = true;
            FanOutFromMain();
        }
        else
        {
            Complete();
        }
    }

    /// <summary>
    /// Any thread, for a Task adapter that gave up waiting: every thread that has not run the step yet, main included
    /// when the operation has not reached it, each with the callback its loop is running when that is known.
    /// </summary>
    internal string DescribePending(IReadOnlyList<Dispatcher> poolWorkers)
    {
        var pending = new List<Dispatcher>();
        // The count is published after the thread list (release); reading it first (acquire) makes the list safe to read.
        int count = Volatile.Read(ref _threadCount);
        if (count == 0)
        {
            pending.Add(Registry.Main);
            pending.AddRange(poolWorkers);
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                if (Volatile.Read(ref _ran[i]) == 0)
                {
                    pending.Add(_threads[i]);
                }
            }

            if (pending.Count == 0)
            {
                // Every thread ran the step; what is left is the completion, queued on main behind whatever holds it.
                Dispatcher main = Registry.Main;
                return main.RunningCallbackDescription is { } holding
                    ? $"'{main.Name}' (its completion, after every thread ran it; running {holding})"
                    : $"'{main.Name}' (its completion, after every thread ran it)";
            }
        }

        return string.Join(", ", pending.Select(d => d.RunningCallbackDescription is { } running
            ? $"'{d.Name}' (running {running})"
            : $"'{d.Name}'"));
    }

    /// <summary>Drops one reference; the last one returns the operation to its pool.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Recycle();
        }
    }

    private void FanOutFromMain()
    {
        SlotRegistry registry = Registry;
        if (registry.IsShutdown)
        {
            _outcome = Outcome.ShutDown;
            CompleteInALaterTurnOfMain();
            return;
        }

        if (IsMoot)
        {
            CompleteInALaterTurnOfMain();
            return;
        }

        List<Dispatcher> workers = registry.RegisteredWorkers;
        int count = workers.Count + 1;
        if (_threads.Length < count)
        {
            int size = Math.Max(count, _threads.Length * 2);
            _threads = new Dispatcher[size];
            _ran = new int[size];
        }

        _threads[0] = registry.Main;
        for (int i = 1; i < count; i++)
        {
            _threads[i] = workers[i - 1];
        }

        Array.Clear(_ran, 0, count);
        _remaining = count + 1;
        Volatile.Write(ref _threadCount, count);

        bool mainThrew = !TryRunStep(0, ThreadSlots.Current!);
        Volatile.Write(ref _ran[0], 1);
        if (mainThrew && AbandonWhenMainThrows)
        {
            _outcome = Outcome.Abandoned;
            for (int i = 1; i < count; i++)
            {
                Volatile.Write(ref _ran[i], 1);
            }

            CompleteInALaterTurnOfMain();
            return;
        }

        if (!mainThrew)
        {
            OnMainSucceeded();
        }

        Decrement();
        for (int i = 1; i < count; i++)
        {
            if (!_threads[i].TryPost(RunOnWorkerCallback, (this, i)))
            {
                AddUnreachable(_threads[i].Name);
                Volatile.Write(ref _ran[i], 1);
                Decrement();
            }
        }

        // The starter's own count: completion cannot fire before every post was attempted.
        Decrement();
    }

    private void RunOnWorker(int index)
    {
        ThreadSlots? slots = ThreadSlots.Current;
        try
        {
            if (slots is not null)
            {
                TryRunStep(index, slots);
            }
        }
        finally
        {
            Volatile.Write(ref _ran[index], 1);
            Decrement();
        }
    }

    private bool TryRunStep(int index, ThreadSlots slots)
    {
        try
        {
            RunStep(slots);
            return true;
        }
        catch (Exception error)
        {
            lock (_failuresLock)
            {
                (_failures ??= new()).Add((index, error));
            }

            Registry.CountCallbackFailure();
            if (_task is null)
            {
                // Nobody awaits this one: the pool's handler (or log) hears of it on the thread where it threw.
                slots.Dispatcher.ReportUnhandled(error);
            }

            return false;
        }
    }

    private void AddUnreachable(string name)
    {
        lock (_failuresLock)
        {
            (_unreachable ??= new()).Add(name);
        }
    }

    private void Decrement()
    {
        if (Interlocked.Decrement(ref _remaining) != 0)
        {
            return;
        }

        Dispatcher main = Registry.Main;
        if (Dispatcher.Current == main)
        {
            // Only the starter's own counts reach zero on main, inside the caller's call: see CompleteInALaterTurnOfMain.
            CompleteInALaterTurnOfMain();
        }
        else if (!main.TryPost(this))
        {
            // Main exited during shutdown: the completion can run nowhere. The Task hears of it; the callback is dropped.
            _outcome = Outcome.MainExited;
            _task?.Finish(BuildFailure());
            Release();
        }
    }

    /// <summary>
    /// Main, inside the starter's call: the completion runs in a later turn of main's loop, never in the caller's call,
    /// so a caller on main sees the same order whether the workers were quick or not (a stats flush started twice in one
    /// callback joins one fan-out instead of the first finishing inside the second's call). Inline only when main
    /// refuses posts: it is exiting, and running it here is all that is left.
    /// </summary>
    private void CompleteInALaterTurnOfMain()
    {
        if (!Registry.Main.TryPost(this))
        {
            Complete();
        }
    }

    /// <summary>Main, once: the Task first (so an awaiter sees the outcome), then the completion callback.</summary>
    private void Complete()
    {
        Action? onComplete = _onComplete;
        try
        {
            _task?.Finish(BuildFailure());
        }
        finally
        {
            Release();
        }

        // After Release the operation may be reused: only the local copy is touched from here on.
        onComplete?.Invoke();
    }

    private Exception? BuildFailure()
    {
        string what = Describe();
        switch (_outcome)
        {
            case Outcome.ShutDown:
                return new InvalidOperationException($"{what} did not run: the worker pool shut down before it reached main.");
            case Outcome.MainExited:
                return new InvalidOperationException($"{what} ran, but its completion could not: main's loop exited (shutdown) first.");
        }

        List<(int Index, Exception Error)> failures;
        List<string>? unreachable;
        lock (_failuresLock)
        {
            failures = _failures is null ? new() : _failures.OrderBy(f => f.Index).ToList();
            unreachable = _unreachable;
        }

        if (failures.Count == 0)
        {
            return unreachable is { Count: > 0 }
                ? new InvalidOperationException($"{what} could not reach {Names(unreachable)}: that worker's loop has exited.")
                : null;
        }

        var errors = new List<Exception>(failures.Count + 1);
        var message = new StringBuilder(what);
        message.Append(" threw on ").Append(Names(failures.Select(f => _threads[f.Index].Name)));
        if (_outcome == Outcome.Abandoned)
        {
            message.Append("; the change was abandoned and sent to no worker (every thread keeps its previous value)");
        }

        foreach ((int index, Exception error) in failures)
        {
            error.Data["Weft.Dispatcher"] = _threads[index].Name;
            errors.Add(error);
        }

        if (unreachable is { Count: > 0 })
        {
            message.Append(CultureInfo.InvariantCulture, $"; it could not reach {Names(unreachable)} (loop exited)");
            errors.Add(new InvalidOperationException($"{what} could not reach {Names(unreachable)}: that worker's loop has exited."));
        }

        message.Append('.');
        return new AggregateException(message.ToString(), errors);
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    private void Recycle()
    {
        Array.Clear(_threads, 0, _threads.Length);
        _failures = null;
        _unreachable = null;
        _onComplete = null;
        _task = null;
        _registry = null;
        ClearStep();
        ReturnToPool();
    }
}

/// <summary>The pooled operation for one step type.</summary>
internal sealed class FanOut<TStep> : FanOut
    where TStep : struct, IFanOutStep
{
    private static readonly ObjectPool<FanOut<TStep>> Pool = new(static () => new FanOut<TStep>(), capacity: 64);

    private TStep _step;

    /// <summary>Any thread: starts the fan-out; <paramref name="onComplete"/> runs on main exactly once.</summary>
    public static void Start(SlotRegistry registry, in TStep step, Action? onComplete, FanOutTask? task = null)
    {
        FanOut<TStep> operation = Pool.Rent();
        operation._step = step;
        operation.Begin(registry, onComplete, task);
    }

    protected override string Describe() => _step.Describe();

    protected override bool IsMoot => _step.IsMoot;

    protected override bool AbandonWhenMainThrows => _step.AbandonWhenMainThrows;

    protected override void RunStep(ThreadSlots slots) => _step.Run(slots);

    protected override void OnMainSucceeded() => _step.OnMainSucceeded();

    protected override void ClearStep() => _step = default;

    protected override void ReturnToPool() => Pool.Return(this);
}
