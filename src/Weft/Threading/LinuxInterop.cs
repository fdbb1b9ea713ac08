using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Weft.Threading;

/// <summary>The few libc calls the epoll backend needs, bound with source-generated <c>LibraryImport</c>.</summary>
internal static unsafe partial class LinuxInterop
{
    private const string LibC = "libc";

    public const int EpollCloexec = 0x80000;
    public const int EventFdCloexec = 0x80000;
    public const int EventFdNonBlock = 0x800;
    public const int EpollCtlAdd = 1;
    public const int EpollCtlDel = 2;
    public const int EpollCtlMod = 3;
    public const uint EpollIn = 0x001;
    public const uint EpollOut = 0x004;
    public const uint EpollErr = 0x008;
    public const uint EpollHup = 0x010;
    public const uint EpollRdHup = 0x2000;
    public const uint EpollEt = 1u << 31;
    public const int EIntr = 4;
    public const int EAgain = 11;
    public const int EBadF = 9;
    public const int ENoEnt = 2;

    /// <summary>
    /// <c>struct epoll_event</c> is packed (12 bytes, data at offset 4) on x86 and x86-64 and naturally aligned
    /// (16 bytes, data at offset 8) elsewhere; the backend reads and writes it by these offsets.
    /// </summary>
    public static readonly int EpollEventSize =
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? 12 : 16;

    public static readonly int EpollEventDataOffset = EpollEventSize == 12 ? 4 : 8;

    [LibraryImport(LibC, EntryPoint = "epoll_create1", SetLastError = true)]
    public static partial int EpollCreate1(int flags);

    [LibraryImport(LibC, EntryPoint = "epoll_ctl", SetLastError = true)]
    public static partial int EpollCtl(int epollFd, int operation, int fd, byte* epollEvent);

    [LibraryImport(LibC, EntryPoint = "epoll_wait", SetLastError = true)]
    public static partial int EpollWait(int epollFd, byte* events, int maxEvents, int timeoutMilliseconds);

    [LibraryImport(LibC, EntryPoint = "eventfd", SetLastError = true)]
    public static partial int EventFd(uint initialValue, int flags);

    // The wake side takes the SafeHandle: a post racing the loop's exit cannot write to a closed, reused fd number.
    [LibraryImport(LibC, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(FileDescriptorHandle fd, byte* buffer, nint count);

    [LibraryImport(LibC, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(LibC, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
}

/// <summary>Owns a file descriptor created by the epoll backend; closes it once, on dispose or finalization.</summary>
internal sealed class FileDescriptorHandle : SafeHandleMinusOneIsInvalid
{
    public FileDescriptorHandle()
        : base(ownsHandle: true)
    {
    }

    public FileDescriptorHandle(int fd)
        : base(ownsHandle: true)
    {
        SetHandle(fd);
    }

    public int Fd => (int)handle;

    protected override bool ReleaseHandle() => LinuxInterop.Close((int)handle) == 0;
}
