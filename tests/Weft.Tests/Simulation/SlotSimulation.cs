using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Simulation;

/// <summary>
/// One seeded run of a whole <see cref="WorkerPool"/> (main and its workers) on the calling thread. A seeded
/// scheduler interleaves random slot operations, issued from outside the pool and from any of its loops, with
/// single iterations of a chosen loop and moves of a simulated clock (so timers fire when it says), never settling
/// in between. Every callback is checked as it runs against a sequential model of Envoy's slot semantics, and every
/// step's effects when it ends; the first violation stops the run with the seed and the operation log.
/// </summary>
/// <remarks>
/// The model learns when an operation reached main without reading the registry: right after issuing it, the issuer
/// posts a marker to main, which therefore runs immediately after the operation there (the queue is FIFO and nothing
/// else runs in between on this one thread). Shutdown follows <see cref="WorkerPool.StopAsync"/>'s order step by
/// step (its own continuations run on the thread pool, which a replayable run cannot allow).
/// </remarks>
internal sealed class SlotSimulation
{
    private const int MaxWorkers = 5;

    private readonly int _seed;
    private readonly int _operations;
    private readonly Random _random;
    private readonly SimulatedClock _clock = new();
    private readonly SimulatedLoops _loops = new();
    private readonly List<string> _log = new();
    private readonly List<SimSlot> _slots = new();
    private readonly List<SimWorker> _workers = new();
    private readonly Dictionary<Dispatcher, SimWorker> _workerByLoop = new();
    private readonly List<SimBroadcast> _broadcasts = new();
    private readonly List<SimValue> _values = new();
    private readonly Dictionary<Exception, int> _thrown = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<long> _abandonedOnMain = new();
    private WorkerPool _pool = null!;
    private string? _failure;
    private long _nextVersion;
    private long _nextBroadcast;
    private int _nextSlotId;
    private bool _globalShutdown;
    private int _shutdownPhase;
    private bool _mainShutDownHere;

    public SlotSimulation(int seed, int operations)
    {
        _seed = seed;
        _operations = operations;
        _random = new Random(seed);
    }

    public int OperationsIssued { get; private set; }

    public IReadOnlyList<string> OperationLog => _log;

    public int LoopIterations { get; private set; }

    public int TimersArmed { get; private set; }

    private Dispatcher Main => _pool.Main;

    /// <summary>Runs the whole simulation; throws <see cref="SimulationFailure"/> naming the seed on the first violation.</summary>
    public void Run()
    {
        var seams = new DispatcherSeams { Clock = _clock, ThreadStarter = _loops };
        int initialWorkers = _random.Next(0, 4);
        _pool = WorkerPool.StartWith(
            new WorkerPoolOptions
            {
                WorkerCount = initialWorkers,
                ThreadNamePrefix = "sim",
                GuardDog = null,
                StatsFlushInterval = TimeSpan.FromSeconds(1),
                UnhandledExceptionHandler = OnUnhandled,
            },
            seams);
        Log($"seed {_seed}: pool with {initialWorkers} workers");
        foreach (Dispatcher worker in _pool.Workers)
        {
            AddModelWorker(worker);
            // The pool posted each registration to main at start-up; the marker lands right behind them.
            MarkOnMain($"register {worker.Name}", () => OnRegistered(worker));
        }

        int shutdownAt = _random.Next(2) == 0 ? _random.Next(_operations / 2, _operations) : _operations;
        int issued = 0;
        while (issued < _operations)
        {
            int roll = _random.Next(100);
            if (roll < 45)
            {
                if (issued == shutdownAt && _shutdownPhase == 0)
                {
                    BeginShutdown();
                }
                else
                {
                    IssueRandomOperation();
                }

                issued++;
                OperationsIssued++;
            }
            else if (roll < 93)
            {
                RunRandomLoop();
            }
            else if (roll < 97)
            {
                AdvanceClock();
            }
            else
            {
                AdvanceShutdown();
            }

            ThrowIfFailed();
        }

        if (_shutdownPhase == 0)
        {
            BeginShutdown();
        }

        for (int step = 0; !AllExited(); step++)
        {
            if (step > 200_000)
            {
                Fail("the pool did not finish shutting down within 200,000 steps");
            }

            int roll = _random.Next(10);
            if (roll < 7)
            {
                RunRandomLoop();
            }
            else if (roll < 8)
            {
                AdvanceClock();
            }
            else
            {
                AdvanceShutdown();
            }

            ThrowIfFailed();
        }

        CheckAtEnd();
        ThrowIfFailed();
    }

    // ---------------------------------------------------------------- scheduler

    private void RunRandomLoop()
    {
        List<Dispatcher> live = _loops.Loops.Where(l => !l.HasExited).ToList();
        if (live.Count == 0)
        {
            return;
        }

        Dispatcher loop = live[_random.Next(live.Count)];
        Log($"run {loop.Name}");
        LoopIterations++;
        bool running = _loops.RunOnce(loop);
        if (_workerByLoop.TryGetValue(loop, out SimWorker? worker))
        {
            if (!running)
            {
                worker.Exited = true;
            }

            // Nothing left in its queue: whatever main sent it has been processed, seen or not.
            if (loop.Stats.QueueDepth == 0)
            {
                ConfirmAll(worker, "its queue drained");
            }
        }
    }

    private void AdvanceClock()
    {
        long step;
        if (_random.Next(3) == 0)
        {
            // Straight to the next timer some live loop has armed.
            long next = long.MaxValue;
            foreach (Dispatcher loop in _loops.Loops.Where(l => !l.HasExited))
            {
                long until = loop.MillisecondsUntilNextTimer();
                if (until >= 0)
                {
                    next = Math.Min(next, until);
                }
            }

            step = next == long.MaxValue ? 1 : Math.Max(1, next);
        }
        else
        {
            step = _random.Next(1, 120);
        }

        _clock.Advance(step);
        Log($"clock +{step} ms = {_clock.ElapsedMilliseconds} ms");
    }

    private bool AllExited() => _loops.Loops.All(l => l.HasExited);

    // ---------------------------------------------------------------- operations

    private void IssueRandomOperation()
    {
        // Allocation and registration come from outside; the rest from outside, main or a random worker.
        int kind = _random.Next(100);
        if (kind < 8 || _slots.Count == 0)
        {
            AllocateSlot();
            return;
        }

        if (kind < 12)
        {
            AddWorker();
            return;
        }

        Dispatcher? from = PickIssuer();
        SimSlot slot = _slots[_random.Next(_slots.Count)];
        if (kind < 17)
        {
            Read(slot, from ?? Main);
            return;
        }

        if (kind < 22)
        {
            ArmTimer(from ?? Main, slot);
            return;
        }

        IssueSlotOperation(from, slot, kind);
    }

    private Dispatcher? PickIssuer()
    {
        int pick = _random.Next(3);
        if (pick == 0)
        {
            return null;
        }

        if (pick == 1 || _pool.Workers.Count == 0)
        {
            return Main;
        }

        return _pool.Workers[_random.Next(_pool.Workers.Count)];
    }

    /// <summary>Issues a set, publish, broadcast or dispose on <paramref name="slot"/>, from <paramref name="from"/> (null: outside).</summary>
    private void IssueSlotOperation(Dispatcher? from, SimSlot slot, int kind)
    {
        Action<Dispatcher?> operation = kind switch
        {
            < 36 => PrepareSet(slot),
            < 46 => PreparePublish(slot),
            < 86 => PrepareBroadcast(slot),
            _ => PrepareDispose(slot),
        };
        RunFrom(from, operation);
    }

    private void RunFrom(Dispatcher? from, Action<Dispatcher?> operation)
    {
        if (from is null)
        {
            operation(null);
        }
        else if (!from.TryPost(() => operation(from)))
        {
            Log($"  refused by {from.Name} (exited)");
        }
    }

    private void AllocateSlot()
    {
        Slot<SimValue> slot;
        try
        {
            slot = _pool.AllocateSlot<SimValue>();
        }
        catch (InvalidOperationException)
        {
            Log("allocate refused: shut down");
            return;
        }

        var simSlot = new SimSlot(++_nextSlotId, slot);
        _slots.Add(simSlot);
        Log($"allocate {simSlot} at index {slot.Index}");
    }

    private void AddWorker()
    {
        if (_shutdownPhase != 0 || _pool.Workers.Count >= MaxWorkers)
        {
            return;
        }

        Dispatcher worker = _pool.AddWorker();
        AddModelWorker(worker);
        Log($"add worker {worker.Name}");
        MarkOnMain($"register {worker.Name}", () => OnRegistered(worker));
    }

    private void AddModelWorker(Dispatcher worker)
    {
        var model = new SimWorker(worker, _workers.Count);
        _workers.Add(model);
        _workerByLoop[worker] = model;
    }

    private Action<Dispatcher?> PrepareSet(SimSlot slot)
    {
        long version = ++_nextVersion;
        int throwing = _random.Next(25);
        var change = new SimChange(version, ThrowsOnMain: throwing == 0, ThrowsOnWorkers: throwing == 1);
        return from =>
        {
            Log($"set {slot}v{version} from {Name(from)}{(change.ThrowsOnMain ? " throws on main" : "")}{(change.ThrowsOnWorkers ? " throws on workers" : "")}");
            Invoke(from, () => slot.Slot.Set(d => Build(slot, change, d)), () => OnChangeReachedMain(slot, version, hasValue: true, isSet: true, change.ThrowsOnWorkers));
        };
    }

    private Action<Dispatcher?> PreparePublish(SimSlot slot)
    {
        long version = ++_nextVersion;
        bool publishNull = _random.Next(10) == 0;
        bool withCompletion = _random.Next(3) == 0;
        SimBroadcast? completion = withCompletion ? NewBroadcast(slot, hasCompletion: true, throwsOnMain: false, throwsOnWorkers: false) : null;
        return from =>
        {
            SimValue? value = publishNull ? null : Track(new SimValue(slot, version, owner: null));
            Log($"publish {slot}v{version}{(publishNull ? "(null)" : "")} from {Name(from)}{(completion is null ? "" : $" completion {completion}")}");
            Action call = completion is null
                ? () => slot.Slot.Publish(value)
                : () => slot.Slot.Publish(value, () => OnCompletion(completion));
            Invoke(from, call, () =>
            {
                OnChangeReachedMain(slot, version, hasValue: !publishNull, isSet: false);
                if (completion is not null)
                {
                    OnBroadcastReachedMain(completion, deliversUpdates: false);
                }
            });
        };
    }

    private Action<Dispatcher?> PrepareBroadcast(SimSlot slot)
    {
        int form = _random.Next(4);
        int throwing = _random.Next(20);
        SimBroadcast broadcast = NewBroadcast(slot, hasCompletion: form is 1 or 2, throwsOnMain: throwing == 0, throwsOnWorkers: throwing <= 2);
        return from =>
        {
            Log($"run-on-all {broadcast} form {form} from {Name(from)}{(broadcast.ThrowsOnMain ? " throws on main" : "")}{(broadcast.ThrowsOnWorkers ? " throws on workers" : "")}");
            Action call = form switch
            {
                0 => () => slot.Slot.RunOnAllThreads(v => OnUpdate(broadcast, v)),
                1 => () => slot.Slot.RunOnAllThreads(v => OnUpdate(broadcast, v), () => OnCompletion(broadcast)),
                3 => () => broadcast.Awaited = slot.Slot.RunOnAllThreadsAsync(v => OnUpdate(broadcast, v)),
#pragma warning disable WEFT0007 // every simulated loop runs on this one thread: the model is never shared between threads
                _ => () => slot.Slot.RunOnAllThreads(static (v, b) => b.Simulation.OnUpdate(b.Broadcast, v), (Simulation: this, Broadcast: broadcast), () => OnCompletion(broadcast)),
#pragma warning restore WEFT0007
            };
            Invoke(from, call, () => OnBroadcastReachedMain(broadcast, deliversUpdates: true));
        };
    }

    private Action<Dispatcher?> PrepareDispose(SimSlot slot) => from =>
    {
        Log($"dispose {slot} from {Name(from)}");
        Invoke(from, slot.Slot.Dispose, () => OnDisposeReachedMain(slot));
    };

    private SimBroadcast NewBroadcast(SimSlot slot, bool hasCompletion, bool throwsOnMain, bool throwsOnWorkers)
    {
        var broadcast = new SimBroadcast(++_nextBroadcast, slot, hasCompletion, throwsOnMain, throwsOnWorkers);
        _broadcasts.Add(broadcast);
        return broadcast;
    }

    /// <summary>
    /// Makes <paramref name="call"/> from <paramref name="from"/> (null: outside the pool), then lets the model see it
    /// reach main: inline when issued on main, else by a marker posted right behind it.
    /// </summary>
    private void Invoke(Dispatcher? from, Action call, Action reachedMain)
    {
        try
        {
            call();
        }
        catch (SimulatedFailure thrown)
        {
            // An update that threw on main inline; surfaced to its caller.
            Surfaced(thrown, "the caller on main");
        }
        catch (InvalidOperationException refused) when (refused.Message.Contains("shut down", StringComparison.Ordinal))
        {
            if (!_globalShutdown)
            {
                Fail($"an operation was refused as shut down before shutdown reached main: {refused.Message}");
            }

            Log("  refused: shut down");
            return;
        }
        catch (ObjectDisposedException)
        {
            Log("  refused: main has exited");
            return;
        }

        if (from == Main)
        {
            reachedMain();
        }
        else
        {
            MarkOnMain("reached main", reachedMain);
        }
    }

    private void Read(SimSlot slot, Dispatcher on)
    {
        Log($"read {slot} on {on.Name}");
        RunFrom(on, _ => CheckRead(slot, on));
    }

    private void ArmTimer(Dispatcher on, SimSlot slot)
    {
        long delay = _random.Next(0, 400);
        int kind = _random.Next(22, 100);
        Action<Dispatcher?> operation = kind < 36 ? PrepareSet(slot) : kind < 86 ? PrepareBroadcast(slot) : PrepareDispose(slot);
        TimersArmed++;
        Log($"arm timer on {on.Name} in {delay} ms for {slot}");
        RunFrom(on, _ =>
        {
            DispatcherTimer timer = on.CreateTimer(() =>
            {
                Log($"timer fired on {on.Name} for {slot}");
                operation(on);
            });
            timer.Enable(TimeSpan.FromMilliseconds(delay));
        });
    }

    private void MarkOnMain(string what, Action marker)
    {
        if (!Main.TryPost(marker))
        {
            Log($"  marker '{what}' refused: main has exited");
        }
    }

    // ---------------------------------------------------------------- shutdown, after WorkerPool.StopCoreAsync

    private void BeginShutdown()
    {
        _shutdownPhase = 1;
        Log("shutdown: global threading, posted to main");
        MarkOnMain("shutdown", () =>
        {
            _pool.Registry.ShutdownGlobalThreading();
            _globalShutdown = true;
            Log("  global threading shut down on main");
        });
    }

    private void AdvanceShutdown()
    {
        if (_shutdownPhase == 1 && _globalShutdown)
        {
            _shutdownPhase = 2;
            Log("shutdown: every worker frees its values and exits");
            foreach (Dispatcher worker in _pool.Workers)
            {
                SimWorker model = _workerByLoop[worker];
                worker.TryPost(SlotRegistry.ShutdownThread);
                worker.TryPost(() =>
                {
                    // Everything main sent arrived before the shutdown post: all of it has been processed.
                    ConfirmAll(model, "shutdown reached it");
                    model.ShutDownHere = true;
                });
                worker.Exit();
            }
        }
        else if (_shutdownPhase == 2 && _pool.Workers.All(w => w.HasExited))
        {
            _shutdownPhase = 3;
            Log("shutdown: main frees its values and exits");
            Main.TryPost(SlotRegistry.ShutdownThread);
            Main.TryPost(() => _mainShutDownHere = true);
            Main.Exit();
        }
    }

    // ---------------------------------------------------------------- what main does (markers), in main's order

    private void OnRegistered(Dispatcher worker)
    {
        if (_globalShutdown)
        {
            return;
        }

        SimWorker model = _workerByLoop[worker];
        model.Registered = true;
        // The registration replays every live slot that was ever changed, oldest first, before anything later.
        foreach (SimSlot slot in _slots.Where(s => s.HasInitializer && !s.Slot.IsDisposed))
        {
            Send(model, new Delivery { Slot = slot, Version = slot.MainVersion, HasValue = slot.MainHasValue, Observable = slot.LastChangeWasSet, Throws = slot.LastChangeThrowsOnWorkers });
        }
    }

    private void OnChangeReachedMain(SimSlot slot, long version, bool hasValue, bool isSet, bool throwsOnWorkers = false)
    {
        if (_globalShutdown || slot.Slot.IsDisposed)
        {
            CheckMainValue(slot, "a change refused after shutdown or disposal");
            return;
        }

        if (_abandonedOnMain.Contains(version))
        {
            // Its initializer threw on main: the change is abandoned everywhere, the previous one stays (and replays).
            CheckMainValue(slot, "a change whose initializer threw on main");
            return;
        }

        slot.MainVersion = version;
        slot.MainHasValue = hasValue;
        slot.HasInitializer = true;
        slot.LastChangeWasSet = isSet;
        slot.LastChangeThrowsOnWorkers = throwsOnWorkers;
        CheckMainValue(slot, "a change that reached main");
        foreach (SimWorker worker in _workers.Where(w => w.Registered))
        {
            Send(worker, new Delivery { Slot = slot, Version = version, HasValue = hasValue, Observable = isSet, Throws = throwsOnWorkers });
        }
    }

    private void OnBroadcastReachedMain(SimBroadcast broadcast, bool deliversUpdates)
    {
        broadcast.Started = true;
        if (_globalShutdown)
        {
            // Nothing is posted after shutdown; the completion runs at once.
            return;
        }

        foreach (SimWorker worker in _workers.Where(w => w.Registered))
        {
            bool required = deliversUpdates && broadcast.MainPartRan && !broadcast.Slot.Slot.IsDisposed &&
                worker.SentHasValue.TryGetValue(broadcast.Slot.Id, out bool hasValue) && hasValue;
            broadcast.Targets[worker.Dispatcher] = required;
            if (deliversUpdates)
            {
                Send(worker, new Delivery { Slot = broadcast.Slot, Broadcast = broadcast, UpdateRequired = required });
            }
        }
    }

    private void OnDisposeReachedMain(SimSlot slot)
    {
        if (!_globalShutdown && !slot.Slot.IsDisposed)
        {
            Fail($"{slot} is not disposed after its disposal reached main");
        }

        if (!_globalShutdown && slot.Slot.TryGet(out SimValue? value))
        {
            Fail($"main still reads {value} from {slot} after disposing it");
        }
    }

    private static void Send(SimWorker worker, Delivery delivery)
    {
        worker.Pending.Add(delivery);
        if (delivery.IsApply)
        {
            // A worker whose initializer throws keeps what it had, which the model does not track: updates become optional.
            worker.SentHasValue[delivery.Slot.Id] = delivery.HasValue && !delivery.Throws;
        }
    }

    // ---------------------------------------------------------------- callbacks, checked as they run

    private SimValue Build(SimSlot slot, SimChange change, Dispatcher dispatcher)
    {
        long version = change.Version;
        Dispatcher? current = Dispatcher.Current;
        if (current != dispatcher)
        {
            Fail($"the initializer of {slot}v{version} was given {dispatcher.Name} but runs on {Name(current)}");
        }

        CheckNotAfterShutdown(current, $"initializer of {slot}v{version}");
        if (current == Main)
        {
            if (slot.Slot.IsDisposed)
            {
                Fail($"initializer of {slot}v{version} ran on main after the slot was disposed");
            }

            if (change.ThrowsOnMain)
            {
                _abandonedOnMain.Add(version);
                ThrowFrom($"initializer of {slot}v{version}", "main");
            }
        }
        else if (current is not null && _workerByLoop.TryGetValue(current, out SimWorker? worker))
        {
            Observe(worker, d => d.IsApply && d.Slot == slot && d.Version == version, $"apply {slot}v{version}");
            if (change.ThrowsOnWorkers)
            {
                ThrowFrom($"initializer of {slot}v{version}", current.Name);
            }

            worker.Confirmed[slot.Id] = (version, true);
        }

        var value = Track(new SimValue(slot, version, current));
        Log($"  built {value}");
        return value;
    }

    private void OnUpdate(SimBroadcast broadcast, SimValue value)
    {
        Dispatcher? current = Dispatcher.Current;
        Log($"  update {broadcast} on {Name(current)} with {value}");
        CheckNotAfterShutdown(current, $"update of {broadcast}");
        if (broadcast.Slot.Slot.IsDisposed)
        {
            Fail($"update of {broadcast} ran on {Name(current)} after {broadcast.Slot} was disposed (the dead-slot guard)");
        }

        if (value.Slot != broadcast.Slot || value.DisposeCount != 0)
        {
            Fail($"update of {broadcast} on {Name(current)} was given {value} (disposed {value.DisposeCount}), not a live value of {broadcast.Slot}");
        }

        if (value.Owner is not null && value.Owner != current)
        {
            Fail($"update of {broadcast} on {Name(current)} was given {value}, built for another loop");
        }

        if (current == Main)
        {
            broadcast.MainPartRan = true;
            if (value.Version != broadcast.Slot.MainVersion)
            {
                Fail($"update of {broadcast} on main saw v{value.Version}, main's current is v{broadcast.Slot.MainVersion}");
            }

            if (broadcast.ThrowsOnMain)
            {
                Throw(broadcast, "main");
            }
        }
        else if (current is not null && _workerByLoop.TryGetValue(current, out SimWorker? worker))
        {
            Observe(worker, d => d.Broadcast == broadcast, $"update {broadcast}");
            if (broadcast.RanOn.Contains(current))
            {
                Fail($"update of {broadcast} ran twice on {current.Name}");
            }

            broadcast.RanOn.Add(current);
            if (!worker.Confirmed.TryGetValue(broadcast.Slot.Id, out var confirmed) || confirmed.Version != value.Version)
            {
                Fail($"update of {broadcast} on {current.Name} saw {value}; the last change main sent before it was v{confirmed.Version}");
            }

            if (broadcast.ThrowsOnWorkers)
            {
                Throw(broadcast, current.Name);
            }
        }
        else
        {
            Fail($"update of {broadcast} ran off the pool's loops ({Name(current)})");
        }
    }

    private void OnCompletion(SimBroadcast broadcast)
    {
        Dispatcher? current = Dispatcher.Current;
        broadcast.Completions++;
        Log($"  completion of {broadcast} on {Name(current)} (#{broadcast.Completions})");
        if (current != Main)
        {
            Fail($"completion of {broadcast} ran on {Name(current)}, not on main");
        }

        if (broadcast.Completions > 1)
        {
            Fail($"completion of {broadcast} ran {broadcast.Completions} times");
        }

        if (!broadcast.Started)
        {
            // Inline, within the operation on main (its marker comes next): legal only when there was no worker to
            // wait for, the slot is dead (nothing to apply) or nothing may be posted any more.
            SimWorker? waitedFor = _workers.FirstOrDefault(w => w.Registered && !w.Dispatcher.IsExitRequested);
            if (!_globalShutdown && !broadcast.Slot.Slot.IsDisposed && waitedFor is not null)
            {
                Fail($"completion of {broadcast} ran on main within the call, before {waitedFor} (registered) could run the update");
            }
        }

        foreach ((Dispatcher target, bool required) in broadcast.Targets)
        {
            if (required && !broadcast.Slot.Slot.IsDisposed && !broadcast.RanOn.Contains(target))
            {
                Fail($"completion of {broadcast} ran before {target.Name} (registered when it started, holding a value) ran the update");
            }
        }

        if (_random.Next(25) == 0)
        {
            Throw(broadcast, "main (completion)");
        }
    }

    private void OnValueDisposed(SimValue value)
    {
        Dispatcher? current = Dispatcher.Current;
        Log($"  freed {value} on {Name(current)}");
        if (value.Owner is null)
        {
            Fail($"the published value {value} was disposed: a slot never owns what was published");
        }
        else if (value.Owner != current)
        {
            Fail($"{value} was freed on {Name(current)}, not on the loop that built it");
        }

        if (value.DisposeCount > 1)
        {
            Fail($"{value} was freed {value.DisposeCount} times");
        }
    }

    private void CheckRead(SimSlot slot, Dispatcher on)
    {
        bool found = slot.Slot.TryGet(out SimValue? value);
        Log($"  read {slot} on {on.Name}: {(found ? value!.ToString() : "none")}");
        if (found && (value!.Slot != slot || value.DisposeCount != 0 || (value.Owner is not null && value.Owner != on)))
        {
            Fail($"read of {slot} on {on.Name} returned {value} (disposed {value.DisposeCount}): not this slot's live value for this loop");
            return;
        }

        if (on == Main)
        {
            if (_globalShutdown || slot.Slot.IsDisposed)
            {
                return;
            }

            CheckMainValue(slot, "a read on main");
            return;
        }

        if (!_workerByLoop.TryGetValue(on, out SimWorker? worker) || worker.ShutDownHere)
        {
            return;
        }

        bool confirmed = worker.Confirmed.TryGetValue(slot.Id, out var last);
        if (found)
        {
            // Versions are numbered when issued, not in main's order: the value must be the last one this worker
            // certainly processed or one main sent after it.
            bool sent = (confirmed && value!.Version == last.Version) || worker.Pending.Any(d => d.IsApply && d.Slot == slot && d.Version == value!.Version);
            if (!sent)
            {
                Fail($"read of {slot} on {on.Name} returned v{value!.Version}; it has processed v{last.Version} and main has sent it {string.Join(", ", worker.Pending.Where(d => d.IsApply && d.Slot == slot))} since");
            }
        }
        else if (confirmed && last.HasValue && !slot.Slot.IsDisposed)
        {
            Fail($"read of {slot} on {on.Name} found nothing although it processed v{last.Version} and the slot is alive");
        }
    }

    private void CheckMainValue(SimSlot slot, string when)
    {
        if (Dispatcher.Current != Main || _mainShutDownHere)
        {
            return;
        }

        bool found = slot.Slot.TryGet(out SimValue? value);
        if (slot.Slot.IsDisposed || !slot.HasInitializer || !slot.MainHasValue)
        {
            if (found)
            {
                Fail($"after {when}, main reads {value} from {slot}, which should hold nothing there");
            }

            return;
        }

        if (!found || value!.Version != slot.MainVersion)
        {
            Fail($"after {when}, main reads {(found ? value!.ToString() : "nothing")} from {slot}; the model says v{slot.MainVersion}");
        }
    }

    private void CheckNotAfterShutdown(Dispatcher? current, string what)
    {
        if (current == Main && (_globalShutdown || _mainShutDownHere))
        {
            Fail($"{what} ran on main after global threading was shut down");
        }
        else if (current is not null && _workerByLoop.TryGetValue(current, out SimWorker? worker) && worker.ShutDownHere)
        {
            Fail($"{what} ran on {current.Name} after that loop was shut down");
        }
    }

    // ---------------------------------------------------------------- per-worker order: main's deliveries

    /// <summary>
    /// <paramref name="worker"/> did something main sent it: it must be the first pending delivery that matches, and
    /// every delivery before it was processed without a trace, which is allowed only when it had no visible effect to
    /// have (see <see cref="Skip"/>).
    /// </summary>
    private void Observe(SimWorker worker, Func<Delivery, bool> match, string what)
    {
        int index = worker.Pending.FindIndex(d => match(d));
        if (index < 0)
        {
            Fail($"{worker} ran {what}, which main never sent it, or not in main's order (pending: {string.Join("; ", worker.Pending.Take(8))})");
            return;
        }

        for (int i = 0; i < index; i++)
        {
            Skip(worker, worker.Pending[i], $"before {what}");
        }

        worker.Pending.RemoveRange(0, index + 1);
    }

    private void ConfirmAll(SimWorker worker, string why)
    {
        foreach (Delivery delivery in worker.Pending)
        {
            Skip(worker, delivery, why);
        }

        worker.Pending.Clear();
    }

    private void Skip(SimWorker worker, Delivery delivery, string why)
    {
        bool alive = !delivery.Slot.Slot.IsDisposed;
        if (delivery.IsApply)
        {
            if (alive && delivery.Observable)
            {
                Fail($"{worker} skipped {delivery} of a live slot ({why})");
            }

            if (alive)
            {
                worker.Confirmed[delivery.Slot.Id] = (delivery.Version, delivery.HasValue);
            }
        }
        else if (alive && delivery.UpdateRequired)
        {
            Fail($"{worker} skipped {delivery} of a live slot it holds a value for ({why})");
        }
    }

    // ---------------------------------------------------------------- exceptions and the end

    private void Throw(SimBroadcast broadcast, string where) => ThrowFrom(broadcast.ToString(), where);

    private void ThrowFrom(string what, string where)
    {
        var thrown = new SimulatedFailure($"{what} throws on {where}");
        _thrown[thrown] = 0;
        Log($"  throw: {thrown.Message}");
        throw thrown;
    }

    private void OnUnhandled(Dispatcher dispatcher, Exception exception)
    {
        IEnumerable<Exception> all = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        foreach (Exception inner in all)
        {
            if (inner is SimulatedFailure thrown)
            {
                Surfaced(thrown, $"the handler on {dispatcher.Name}");
            }
            else
            {
                Fail($"unexpected exception on {dispatcher.Name}: {inner}");
            }
        }
    }

    private void Surfaced(SimulatedFailure thrown, string where)
    {
        if (!_thrown.TryGetValue(thrown, out int count))
        {
            Fail($"an exception the simulation never threw surfaced at {where}: {thrown.Message}");
            return;
        }

        _thrown[thrown] = count + 1;
        Log($"  surfaced at {where}: {thrown.Message}");
    }

    private void CheckAtEnd()
    {
        Log("end: every loop has exited");
        foreach (SimWorker worker in _workers.Where(w => w.Registered))
        {
            ConfirmAll(worker, "the end");
        }

        foreach (SimBroadcast broadcast in _broadcasts.Where(b => b.HasCompletion && b.Started))
        {
            if (broadcast.Completions != 1)
            {
                Fail($"completion of {broadcast} ran {broadcast.Completions} times, not once");
            }
        }

        foreach (SimBroadcast broadcast in _broadcasts.Where(b => b.Awaited is not null))
        {
            CheckAwaited(broadcast, broadcast.Awaited!);
        }

        foreach ((Exception thrown, int count) in _thrown)
        {
            if (count != 1)
            {
                Fail($"'{thrown.Message}' surfaced {count} times, not once");
            }
        }

        foreach (SimValue value in _values)
        {
            if (value.Owner is not null && value.DisposeCount != 1)
            {
                Fail($"{value} was freed {value.DisposeCount} times by the end, not once");
            }
        }
    }

    /// <summary>
    /// The Task form: once every loop has exited it completes (its continuation runs on the thread pool, so it is
    /// given a moment), faulting exactly when the update threw on some thread, carrying each such exception once.
    /// </summary>
    private void CheckAwaited(SimBroadcast broadcast, System.Threading.Tasks.Task task)
    {
        try
        {
            if (!task.Wait(TimeSpan.FromSeconds(10)))
            {
                Fail($"the Task of {broadcast} had not completed 10 s after every loop exited");
                return;
            }
        }
        catch (AggregateException)
        {
            // Inspected below.
        }

        bool threw = (broadcast.ThrowsOnMain && broadcast.MainPartRan) || (broadcast.ThrowsOnWorkers && broadcast.RanOn.Count > 0);
        Exception[] carried = task.Exception?.Flatten().InnerExceptions.ToArray() ?? [];
        foreach (SimulatedFailure failure in carried.OfType<SimulatedFailure>())
        {
            Surfaced(failure, $"the Task of {broadcast}");
        }

        if (threw && !carried.OfType<SimulatedFailure>().Any())
        {
            Fail($"the update of {broadcast} threw but its Task {(task.IsFaulted ? $"faulted with {carried.FirstOrDefault()?.GetType().Name}" : "succeeded")}");
        }

        Exception? unexpected = carried.FirstOrDefault(e => e is not SimulatedFailure && !(e is InvalidOperationException && _shutdownPhase != 0));
        if (unexpected is not null)
        {
            Fail($"the Task of {broadcast} faulted with {unexpected.GetType().Name}: {unexpected.Message}");
        }
    }

    private SimValue Track(SimValue value)
    {
        value.OnDispose = OnValueDisposed;
        _values.Add(value);
        return value;
    }

    private static string Name(Dispatcher? dispatcher) => dispatcher?.Name ?? "outside";

    private void Log(string line) => _log.Add(line);

    private void Fail(string message)
    {
        if (_failure is null)
        {
            _failure = message;
            Log("FAILED: " + message);
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is null)
        {
            return;
        }

        string path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"weft-sim-{_seed}.log"));
        File.WriteAllLines(path, _log);
        var message = new StringBuilder();
        message.AppendLine(CultureInfo.InvariantCulture, $"Simulation seed {_seed} failed: {_failure}");
        message.AppendLine(CultureInfo.InvariantCulture, $"Replay: WEFT_SIM_SEED={_seed} WEFT_SIM_OPERATIONS={_operations} dotnet test tests/Weft.Tests/Weft.Tests.csproj -c Release --filter \"FullyQualifiedName~SlotSimulationTests.Replays_the_seed_from_WEFT_SIM_SEED\"");
        message.AppendLine(CultureInfo.InvariantCulture, $"Full operation log ({_log.Count} lines): {path}; the last 150:");
        foreach (string line in _log.Skip(Math.Max(0, _log.Count - 150)))
        {
            message.AppendLine(line);
        }

        throw new SimulationFailure(message.ToString());
    }
}

/// <summary>A <c>Set</c> as issued: its version and where its initializer throws.</summary>
internal readonly record struct SimChange(long Version, bool ThrowsOnMain, bool ThrowsOnWorkers);

/// <summary>A callback's deliberate failure, thrown by the simulation so it can check where it surfaces.</summary>
internal sealed class SimulatedFailure(string message) : Exception(message);

/// <summary>A violated invariant, with the seed and the operation log.</summary>
internal sealed class SimulationFailure(string message) : Exception(message);
