using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Weft.Threading;

/// <summary>
/// Linux: with sockets registered the loop waits in <c>epoll_wait</c> (timeout = next timer), sockets are registered
/// edge-triggered, and another thread wakes a parked loop by writing to an <c>eventfd</c> registered edge-triggered
/// (never read: each write is a new edge; a saturated counter is reset by the writer). With no socket registered the
/// loop parks on an event instead, which wakes in one futex call instead of three system calls; the loop chooses
/// before it publishes that it parks, so a producer that sees it parked also sees how.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed unsafe class EpollLoopBackend : LoopBackend
{
    private const int MaxEventsPerWait = 256;
    private const ulong WakeToken = ulong.MaxValue;

    private FileDescriptorHandle? _epoll;
    private FileDescriptorHandle? _wakeFd;
    private readonly EventDispatcherWaiter _idleWaiter = new();
    private volatile bool _parkOnEvent;
    private readonly byte[] _events;
    private readonly int _eventSize = LinuxInterop.EpollEventSize;
    private readonly int _dataOffset = LinuxInterop.EpollEventDataOffset;

    public EpollLoopBackend(Dispatcher dispatcher)
        : base(dispatcher)
    {
        _events = GC.AllocateArray<byte>(MaxEventsPerWait * _eventSize, pinned: true);
    }

    public override void Prepare()
    {
        bool onEvent = RegisteredCount == 0 || _epoll is null;
        if (onEvent)
        {
            _idleWaiter.Prepare();
        }

        _parkOnEvent = onEvent;
    }

    public override void Wake()
    {
        FileDescriptorHandle? wakeFd = _wakeFd;
        if (_parkOnEvent || wakeFd is null)
        {
            _idleWaiter.Wake();
            return;
        }

        ulong one = 1;
        try
        {
            if (LinuxInterop.Write(wakeFd, (byte*)&one, sizeof(ulong)) < 0 && Marshal.GetLastPInvokeError() == LinuxInterop.EAgain)
            {
                // The counter is saturated (after 2^64 - 2 wakes): reset it, then write the edge again.
                ulong drained;
                LinuxInterop.Read(wakeFd.Fd, (byte*)&drained, sizeof(ulong));
                LinuxInterop.Write(wakeFd, (byte*)&one, sizeof(ulong));
            }
        }
        catch (ObjectDisposedException)
        {
            // The loop has exited and closed its eventfd: there is nobody left to wake.
        }
    }

    // Edge-triggered epoll queues the socket again on every wake-up of its wait queue (each arrival of data, a FIN, a
    // reset), not only when it turns readable: bytes that arrive after a receive are always reported.
    public override bool ReportsEveryArrival => true;

    public override void OnWouldBlock(FileEvent fileEvent, FileReadyType events)
    {
        // Edge-triggered epoll reports the next change by itself.
    }

    public override void OnEnabledChanged(FileEvent fileEvent)
    {
        int fd = (int)fileEvent.Handle.DangerousGetHandle();
        if (LinuxInterop.EpollCtl(_epoll!.Fd, LinuxInterop.EpollCtlMod, fd, EventBuffer(Interest(fileEvent.Enabled), (ulong)fileEvent.Index, stackalloc byte[16])) != 0)
        {
            ThrowControlFailed(Marshal.GetLastPInvokeError(), "change the interest of", fd);
        }
    }

    protected override bool WaitCore(int timeoutMilliseconds) =>
        _parkOnEvent ? _idleWaiter.Park(timeoutMilliseconds) : Collect(timeoutMilliseconds) != 0;

    protected override void PollWithoutBlocking() => Collect(0);

    // Created with the first registration: a loop that never owns a socket keeps no descriptor and makes no native
    // call (it parks on an event), exactly as before this backend existed.
    private void EnsureCreated()
    {
        if (_epoll is not null)
        {
            return;
        }

        var epoll = new FileDescriptorHandle(Check(LinuxInterop.EpollCreate1(LinuxInterop.EpollCloexec), "epoll_create1"));
        int wakeFd = LinuxInterop.EventFd(0, LinuxInterop.EventFdNonBlock | LinuxInterop.EventFdCloexec);
        if (wakeFd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            epoll.Dispose();
            throw new Win32Exception(errno, $"eventfd failed for dispatcher '{Dispatcher.Name}'.");
        }

        _epoll = epoll;
        _wakeFd = new FileDescriptorHandle(wakeFd);
        Control(LinuxInterop.EpollCtlAdd, wakeFd, LinuxInterop.EpollIn | LinuxInterop.EpollEt, WakeToken, "register the wake eventfd");
    }

    protected override void OnRegistered(FileEvent fileEvent)
    {
        EnsureCreated();
        int fd = (int)fileEvent.Handle.DangerousGetHandle();
        Control(LinuxInterop.EpollCtlAdd, fd, Interest(fileEvent.Enabled), (ulong)fileEvent.Index, "register");
    }

    protected override void OnUnregistered(FileEvent fileEvent, bool socketStillOpen)
    {
        if (socketStillOpen)
        {
            // A failure here means the fd is already gone from the set (closed); nothing else can be done or is needed.
            LinuxInterop.EpollCtl(_epoll!.Fd, LinuxInterop.EpollCtlDel, (int)fileEvent.Handle.DangerousGetHandle(), EventBuffer(0, 0, stackalloc byte[16]));
        }
    }

    protected override void CloseResources()
    {
        _wakeFd?.Dispose();
        _epoll?.Dispose();
    }

    private static uint Interest(FileReadyType enabled)
    {
        // Always edge-triggered; errors and hang-ups are reported whatever the mask (delivered as the enabled kinds).
        uint interest = LinuxInterop.EpollEt | LinuxInterop.EpollRdHup;
        if ((enabled & FileReadyType.Read) != 0)
        {
            interest |= LinuxInterop.EpollIn;
        }

        if ((enabled & FileReadyType.Write) != 0)
        {
            interest |= LinuxInterop.EpollOut;
        }

        return interest;
    }

    private static FileReadyType ToReadyType(uint events)
    {
        var ready = FileReadyType.None;
        if ((events & (LinuxInterop.EpollIn | LinuxInterop.EpollRdHup | LinuxInterop.EpollHup | LinuxInterop.EpollErr)) != 0)
        {
            ready |= FileReadyType.Read;
        }

        if ((events & (LinuxInterop.EpollOut | LinuxInterop.EpollHup | LinuxInterop.EpollErr)) != 0)
        {
            ready |= FileReadyType.Write;
        }

        return ready;
    }

    private static int Check(int result, string call)
    {
        if (result < 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"{call} failed.");
        }

        return result;
    }

    private byte* EventBuffer(uint events, ulong data, Span<byte> buffer)
    {
        buffer.Clear();
        MemoryMarshal.Write(buffer, in events);
        MemoryMarshal.Write(buffer[_dataOffset..], in data);
        return (byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer));
    }

    private void Control(int operation, int fd, uint events, ulong data, string what)
    {
        if (LinuxInterop.EpollCtl(_epoll!.Fd, operation, fd, EventBuffer(events, data, stackalloc byte[16])) != 0)
        {
            ThrowControlFailed(Marshal.GetLastPInvokeError(), what, fd);
        }
    }

    private void ThrowControlFailed(int errno, string what, int fd) =>
        throw new Win32Exception(errno, $"epoll_ctl could not {what} fd {fd} on dispatcher '{Dispatcher.Name}'.");

    private int Collect(int timeoutMilliseconds)
    {
        int count;
        fixed (byte* events = _events)
        {
            count = LinuxInterop.EpollWait(_epoll!.Fd, events, MaxEventsPerWait, timeoutMilliseconds);
        }

        if (count < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == LinuxInterop.EIntr)
            {
                return 0;
            }

            throw new Win32Exception(errno, $"epoll_wait failed on dispatcher '{Dispatcher.Name}'.");
        }

        ReadOnlySpan<byte> buffer = _events;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> entry = buffer.Slice(i * _eventSize, _eventSize);
            uint events = MemoryMarshal.Read<uint>(entry);
            ulong data = MemoryMarshal.Read<ulong>(entry[_dataOffset..]);
            if (data != WakeToken && EventAt((int)data) is { } fileEvent)
            {
                MarkArrival(fileEvent, ToReadyType(events), mustDrain: (events & (LinuxInterop.EpollRdHup | LinuxInterop.EpollHup | LinuxInterop.EpollErr)) != 0);
            }
        }

        return count;
    }
}
