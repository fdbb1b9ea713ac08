using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;

namespace Weft.Threading;

/// <summary>
/// The loop's readiness source and, in production, its waiter (the one wait seam, <see cref="IDispatcherWaiter"/>):
/// how a dispatcher parks, how another thread wakes it, and how registered sockets become ready. The dispatcher keeps
/// the "wake only a parked loop" handshake; a backend only blocks and unblocks.
/// </summary>
internal abstract class LoopBackend : IDispatcherWaiter
{
    private readonly List<FileEvent?> _slots = new();
    private readonly Stack<int> _freeSlots = new();
    private List<FileEvent> _ready = new();
    private List<FileEvent> _running = new();
    private bool _waitedSinceLastRun;

    // Statistics: written by the loop thread only.
    private long _fileEventsRun;
    private long _fileEventFailures;
    private long _closedUnderneath;
    private long _closedAtExit;

    protected LoopBackend(Dispatcher dispatcher)
    {
        Dispatcher = dispatcher;
    }

    public Dispatcher Dispatcher { get; }

    public int RegisteredCount { get; private set; }

    public bool HasReadyEvents => _ready.Count != 0;

    /// <summary>
    /// True when the kernel reports every arrival of data on a stream socket as a new event (epoll, edge-triggered),
    /// so a stream receive that fills less than it asked for has drained the socket: whatever arrives after it is
    /// reported again. False where readiness is emulated (the portable backend watches again only after a
    /// would-block), so a reader must go on until would-block there.
    /// </summary>
    public virtual bool ReportsEveryArrival => false;

    public long FileEventsRun => Volatile.Read(ref _fileEventsRun);

    public long FileEventFailures => Volatile.Read(ref _fileEventFailures);

    public long FileEventsClosedUnderneath => Volatile.Read(ref _closedUnderneath);

    public long FileEventsClosedAtExit => Volatile.Read(ref _closedAtExit);

    public static LoopBackend Create(Dispatcher dispatcher, DispatcherIoBackend kind, Microsoft.Extensions.Logging.ILogger logger)
    {
        if (kind == DispatcherIoBackend.Automatic && OperatingSystem.IsLinux())
        {
            try
            {
                return new EpollLoopBackend(dispatcher);
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or DllNotFoundException or EntryPointNotFoundException)
            {
                // A sandbox without epoll, or a libc that does not resolve: the loop still runs, on the portable backend.
                Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, ex, "Dispatcher '{Dispatcher}' cannot use epoll; it uses the portable backend.", dispatcher.Name);
            }
        }

        return new PortableLoopBackend(dispatcher);
    }

    /// <summary>
    /// Loop thread: how many rounds the dispatcher spins on its post queue before it parks, given the configured
    /// <paramref name="configured"/>. None while a socket is registered: the spin watches only the queue, and past
    /// its first rounds it yields the core (<c>sched_yield</c>), so readiness arriving meanwhile waits for every slice
    /// given away — on 2 cores shared with the peers a proxy serves, that was 0.35–0.54 yields and 0.6–0.9 context
    /// switches per proxied request, and the latency tail. Such a loop parks in its wait at once (as HAProxy and
    /// Envoy's libevent loops do) and the kernel wakes it for readiness or a post. A loop without sockets keeps the
    /// spin, which saves a pure-post loop a kernel wake per burst.
    /// </summary>
    public int SpinRoundsBeforePark(int configured) => RegisteredCount != 0 ? 0 : configured;

    /// <summary>Loop thread, before it announces it parks: forget an old wake signal.</summary>
    public abstract void Prepare();

    /// <summary>Loop thread: block until woken, until a registered socket is ready, or for <paramref name="timeoutMilliseconds"/> (-1: no limit).</summary>
    public bool Park(int timeoutMilliseconds)
    {
        bool woken = WaitCore(timeoutMilliseconds);
        _waitedSinceLastRun = true;
        return woken;
    }

    /// <summary>Any thread: unblock <see cref="Park"/> (or make the next one return at once). Safe after <see cref="Close"/>.</summary>
    public abstract void Wake();

    public FileEvent Register(Socket socket, Action<FileReadyType> callback, FileReadyType enabled)
    {
        socket.Blocking = false;
        var fileEvent = new FileEvent(this, socket, callback, enabled);
        int index = _freeSlots.Count != 0 ? _freeSlots.Pop() : AddSlot();
        fileEvent.Index = index;
        _slots[index] = fileEvent;
        RegisteredCount++;
        try
        {
            OnRegistered(fileEvent);
        }
        catch
        {
            _slots[index] = null;
            _freeSlots.Push(index);
            RegisteredCount--;
            throw;
        }

        return fileEvent;
    }

    public void Unregister(FileEvent fileEvent, bool socketStillOpen)
    {
        int index = fileEvent.Index;
        if (index < 0)
        {
            return;
        }

        fileEvent.Index = -1;
        fileEvent.Pending = FileReadyType.None;
        fileEvent.PendingMustDrain = false;
        _slots[index] = null;
        _freeSlots.Push(index);
        RegisteredCount--;
        OnUnregistered(fileEvent, socketStillOpen);
    }

    /// <summary>
    /// Loop thread: queue <paramref name="fileEvent"/> for delivery of <paramref name="events"/> in this or the next
    /// pass. Readiness not straight from the kernel (an <see cref="FileEvent.Activate"/>, an emulated edge) may stand
    /// for bytes whose arrival was already reported, so its delivery must be read until would-block.
    /// </summary>
    public void MarkReady(FileEvent fileEvent, FileReadyType events) => MarkArrival(fileEvent, events, mustDrain: true);

    /// <summary>
    /// Loop thread: as <see cref="MarkReady"/>, for readiness the kernel just reported; <paramref name="mustDrain"/>
    /// when it also reported a hang-up or error (end of stream or a reset already queued behind the data, with no
    /// further arrival to report it again).
    /// </summary>
    protected void MarkArrival(FileEvent fileEvent, FileReadyType events, bool mustDrain)
    {
        fileEvent.Pending |= events;
        fileEvent.PendingMustDrain |= mustDrain;
        if (!fileEvent.Queued)
        {
            fileEvent.Queued = true;
            _ready.Add(fileEvent);
        }
    }

    /// <summary>
    /// Loop thread, once per iteration: collect readiness without blocking (unless the loop just waited for it) and
    /// run the callbacks of every ready event. Events made ready by these callbacks run in the next iteration.
    /// </summary>
    public int RunReadyEvents()
    {
        if (!_waitedSinceLastRun && RegisteredCount != 0)
        {
            PollWithoutBlocking();
        }

        _waitedSinceLastRun = false;
        if (_ready.Count == 0)
        {
            return 0;
        }

        (_ready, _running) = (_running, _ready);
        int ran = 0;
        foreach (FileEvent fileEvent in _running)
        {
            fileEvent.Queued = false;
            FileReadyType events = fileEvent.Pending & fileEvent.Enabled;
            bool mustDrain = fileEvent.PendingMustDrain || !ReportsEveryArrival;
            fileEvent.Pending = FileReadyType.None;
            fileEvent.PendingMustDrain = false;
            if (fileEvent.IsClosed || events == FileReadyType.None)
            {
                continue;
            }

            if (fileEvent.Handle.IsClosed)
            {
                _closedUnderneath++;
                fileEvent.CloseUnderneathOrAtExit(atExit: false);
                continue;
            }

            ran++;
            Dispatcher.OnCallbackStarting();
            try
            {
                fileEvent.Invoke(events, mustDrain);
            }
            catch (Exception ex)
            {
                Volatile.Write(ref _fileEventFailures, _fileEventFailures + 1);
                Dispatcher.ReportFileEventFailure(fileEvent, ex);
            }
        }

        _running.Clear();
        Volatile.Write(ref _fileEventsRun, _fileEventsRun + ran);
        return ran;
    }

    /// <summary>Loop thread, at exit: close every registered event (running owners' exit hooks), then the backend's own resources.</summary>
    public void Close()
    {
        for (int i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is { } fileEvent)
            {
                Volatile.Write(ref _closedAtExit, _closedAtExit + 1);
                try
                {
                    fileEvent.CloseUnderneathOrAtExit(atExit: true);
                }
                catch (Exception ex)
                {
                    Dispatcher.ReportFileEventFailure(fileEvent, ex);
                }
            }
        }

        _ready.Clear();
        CloseResources();
    }

    public abstract void OnWouldBlock(FileEvent fileEvent, FileReadyType events);

    public abstract void OnEnabledChanged(FileEvent fileEvent);

    /// <summary>Loop thread, after the event is closed: close its socket so that the peer sees what the owner meant (end of stream, or a reset when lingering 0).</summary>
    public virtual void CloseSocket(FileEvent fileEvent) => fileEvent.Socket.Dispose();

    protected abstract bool WaitCore(int timeoutMilliseconds);

    protected abstract void PollWithoutBlocking();

    protected abstract void OnRegistered(FileEvent fileEvent);

    protected abstract void OnUnregistered(FileEvent fileEvent, bool socketStillOpen);

    protected abstract void CloseResources();

    protected FileEvent? EventAt(int index) => (uint)index < (uint)_slots.Count ? _slots[index] : null;

    private int AddSlot()
    {
        _slots.Add(null);
        return _slots.Count - 1;
    }
}
