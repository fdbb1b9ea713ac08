using System;
using System.Net.Sockets;
using System.Threading;

namespace Weft.Threading;

/// <summary>
/// Every OS: the loop parks on an event (or on the waiter a simulation injects); read readiness comes from a zero-byte asynchronous receive whose completion
/// (on a .NET I/O thread) is posted to the loop; write readiness is probed on the loop (at once, then every
/// millisecond on a loop timer while the socket would block). Edge semantics are emulated: a kind is watched again
/// only after the callback met would-block (reported through <see cref="FileEvent"/>'s I/O calls) or re-enabled it.
/// Known difference: .NET closes a socket whose zero-byte receive is still in flight abortively, so a plain close
/// of a connection that is waiting to read reaches the peer as a reset rather than end of stream (a half-close with
/// <c>Shutdown</c> is unaffected).
/// </summary>
internal sealed class PortableLoopBackend : LoopBackend
{
    private static readonly TimeSpan WriteProbeInterval = TimeSpan.FromMilliseconds(1);

    // epoll reports a socket's error whatever the interest; with no read in flight the portable backend looks itself,
    // this often (a reset after the peer's end of stream is then seen within it, not at the next write).
    private static readonly TimeSpan ErrorProbeInterval = TimeSpan.FromMilliseconds(10);
    private static readonly Action<PortableState> ReadCompletedOnLoop = static state => state.Backend.OnReadCompleted(state);
    private static readonly Func<Socket, bool> WritableOrFailed = static socket => socket.Poll(0, SelectMode.SelectWrite) || socket.Poll(0, SelectMode.SelectError);
    private static readonly Func<Socket, bool> Failed = static socket => socket.Poll(0, SelectMode.SelectError);
    private static readonly Func<Socket, bool> Acceptable = static socket => socket.Poll(0, SelectMode.SelectRead);
    private static readonly Action<PortableState> RetryWrite = static state => state.Backend.ProbeWrite(state);
    private static readonly Action<PortableState> RetryError = static state => state.Backend.ProbeError(state);
    private static readonly Action<PortableState> RetryAccept = static state => state.Backend.ProbeAccept(state);

    private readonly IDispatcherWaiter _waiter;

    public PortableLoopBackend(Dispatcher dispatcher, IDispatcherWaiter? waiter = null)
        : base(dispatcher)
    {
        _waiter = waiter ?? new EventDispatcherWaiter();
    }

    public override void Prepare() => _waiter.Prepare();

    public override void Wake() => _waiter.Wake();

    public override void OnWouldBlock(FileEvent fileEvent, FileReadyType events) => Arm(fileEvent, events);

    public override void OnEnabledChanged(FileEvent fileEvent) => Arm(fileEvent, fileEvent.Enabled);

    protected override bool WaitCore(int timeoutMilliseconds) => _waiter.Park(timeoutMilliseconds);

    protected override void PollWithoutBlocking()
    {
        // Readiness arrives as posted callbacks; nothing to poll.
    }

    protected override void OnRegistered(FileEvent fileEvent)
    {
        fileEvent.BackendState = new PortableState(this, fileEvent)
        {
            // A zero-byte receive cannot watch a listening socket: its read readiness is probed like writes.
            IsListening = fileEvent.Socket.IsBound && (int)fileEvent.Socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.AcceptConnection)! != 0,
        };
        Arm(fileEvent, fileEvent.Enabled);
    }

    protected override void OnUnregistered(FileEvent fileEvent, bool socketStillOpen)
    {
        if (fileEvent.BackendState is PortableState state)
        {
            state.WriteProbe?.Dispose();
            state.AcceptProbe?.Dispose();
            state.ErrorProbe?.Dispose();
            // A zero-byte receive still in flight completes when the socket closes; its post finds the event closed.
        }
    }

    protected override void CloseResources()
    {
        // The event stays usable: a post racing the exit may still set it, harmlessly.
    }

    private static void OnReceiveCompleted(object? sender, SocketAsyncEventArgs args)
    {
        var state = (PortableState)args.UserToken!;
        // False once the loop exits: the event was closed with it, so the readiness has nobody to go to.
        state.Backend.Dispatcher.TryPost(ReadCompletedOnLoop, state);
    }

    private void Arm(FileEvent fileEvent, FileReadyType events)
    {
        var state = (PortableState)fileEvent.BackendState!;
        if ((events & fileEvent.Enabled & FileReadyType.Read) != 0 && !state.ReadArmed)
        {
            if (state.IsListening)
            {
                ProbeAccept(state);
            }
            else
            {
                ArmRead(state);
            }
        }

        if ((events & fileEvent.Enabled & FileReadyType.Write) != 0)
        {
            ProbeWrite(state);
        }

        if ((fileEvent.Enabled & FileReadyType.Read) == 0 && !state.IsListening)
        {
            // Nothing reads the socket (its peer finished sending, or reading is paused): an error would go unseen.
            ProbeError(state);
        }
    }

    private void ArmRead(PortableState state)
    {
        state.ReadArmed = true;
        if (state.Receive is null)
        {
            state.Receive = new SocketAsyncEventArgs { UserToken = state };
            state.Receive.SetBuffer(Memory<byte>.Empty);
            state.Receive.Completed += OnReceiveCompleted;
        }

        try
        {
            if (!state.FileEvent.Socket.ReceiveAsync(state.Receive))
            {
                OnReceiveCompleted(null, state.Receive);
            }
        }
        catch (ObjectDisposedException)
        {
            // Closed underneath: the next delivery notices it; make sure there is one.
            state.ReadArmed = false;
            MarkReady(state.FileEvent, FileReadyType.Read);
        }
    }

    private void OnReadCompleted(PortableState state)
    {
        state.ReadArmed = false;
        if (!state.FileEvent.IsClosed)
        {
            MarkReady(state.FileEvent, FileReadyType.Read);
        }
    }

    private void ProbeWrite(PortableState state)
    {
        if (!state.FileEvent.IsClosed && (state.FileEvent.Enabled & FileReadyType.Write) != 0)
        {
            Poll(state, ref state.WriteProbe, WritableOrFailed, RetryWrite, FileReadyType.Write, WriteProbeInterval);
        }
    }

    private void ProbeError(PortableState state)
    {
        // Closed, or a read is armed again: a zero-byte receive reports the error from now on.
        if (!state.FileEvent.IsClosed && (state.FileEvent.Enabled & FileReadyType.Read) == 0)
        {
            // Delivered as epoll delivers an error edge: as Write.
            Poll(state, ref state.ErrorProbe, Failed, RetryError, FileReadyType.Write, ErrorProbeInterval);
        }
    }

    private void ProbeAccept(PortableState state)
    {
        if (!state.FileEvent.IsClosed && (state.FileEvent.Enabled & FileReadyType.Read) != 0)
        {
            Poll(state, ref state.AcceptProbe, Acceptable, RetryAccept, FileReadyType.Read, WriteProbeInterval);
        }
    }

    /// <summary>
    /// Asks the socket once: when <paramref name="ready"/> (or the socket is disposed), stops the probe's timer and marks
    /// <paramref name="marks"/> ready; otherwise the probe's timer runs <paramref name="retry"/> after <paramref name="interval"/>.
    /// </summary>
    private void Poll(PortableState state, ref DispatcherTimer? probe, Func<Socket, bool> ready, Action<PortableState> retry, FileReadyType marks, TimeSpan interval)
    {
        bool isReady;
        try
        {
            isReady = ready(state.FileEvent.Socket);
        }
        catch (ObjectDisposedException)
        {
            isReady = true;
        }

        if (isReady)
        {
            probe?.Disable();
            MarkReady(state.FileEvent, marks);
            return;
        }

        probe ??= Dispatcher.CreateTimer(() => retry(state));
        if (!probe.IsEnabled)
        {
            probe.Enable(interval);
        }
    }

    private sealed class PortableState
    {
        public PortableState(PortableLoopBackend backend, FileEvent fileEvent)
        {
            Backend = backend;
            FileEvent = fileEvent;
        }

        public PortableLoopBackend Backend { get; }

        public FileEvent FileEvent { get; }

        public SocketAsyncEventArgs? Receive { get; set; }

        public bool ReadArmed { get; set; }

        // Fields, so that Poll takes them by reference.
        public DispatcherTimer? WriteProbe;

        public DispatcherTimer? AcceptProbe;

        public DispatcherTimer? ErrorProbe;

        public bool IsListening { get; init; }
    }
}
