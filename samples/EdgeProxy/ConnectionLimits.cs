using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EdgeProxy;

/// <summary>
/// How many proxied connections the file-descriptor limit allows, as HAProxy derives <c>maxconn</c> from
/// <c>ulimit -n</c>: every proxied connection holds two descriptors (client and upstream); the descriptors open at
/// start-up (the runtime's, each loaded assembly's, the loops', the listeners') stay open, and
/// <see cref="ReservedDescriptors"/> more are kept for what opens later.
/// </summary>
public static class ConnectionLimits
{
    /// <summary>
    /// Descriptors kept free beyond those open at start-up, for what opens later: assemblies loaded on first use (two
    /// descriptors each), health checks, the admin endpoint, a client accepted only to be closed, and the .NET runtime
    /// starting a thread. That last one is why the reserve is enforced, not advised: when a thread start fails for want
    /// of a descriptor (a thread-pool worker started from the timer thread) the runtime raises an unhandled
    /// <see cref="OutOfMemoryException"/> and the process aborts ("Out of memory."). Proxied connections never take
    /// these, whatever the configured caps (<see cref="ProcessBudget"/>).
    /// </summary>
    public const int ReservedDescriptors = 64;

    /// <summary>
    /// Proxied connections the whole process may hold at once, all listeners together: two descriptors each, within the
    /// limit less the descriptors open at start-up and <see cref="ReservedDescriptors"/>. Past it new connections are
    /// accepted and closed at once (counted as overflow), exactly as at a listener's cap.
    /// </summary>
    public static long ProcessBudget(long fileDescriptorLimit, int openAtStart) =>
        Math.Max(1, (fileDescriptorLimit - openAtStart - ReservedDescriptors) / 2);

    /// <summary>Per listener, when <c>max_connections</c> is not configured: the process budget shared by the listeners.</summary>
    public static int DefaultPerListener(long fileDescriptorLimit, int openAtStart, int listeners) =>
        (int)Math.Clamp(ProcessBudget(fileDescriptorLimit, openAtStart) / Math.Max(1, listeners), 1, int.MaxValue);

    /// <summary>
    /// One warning line per listener whose configured cap takes the process past its descriptor limit (every
    /// listener's cap, two descriptors per connection, plus those open at start-up and <see cref="ReservedDescriptors"/>),
    /// as HAProxy warns when <c>maxconn</c> exceeds what <c>ulimit -n</c> allows. Empty when the caps fit.
    /// </summary>
    public static IReadOnlyList<string> OverLimitWarnings(IReadOnlyList<(string Listener, int Cap, bool Configured)> listeners, long fileDescriptorLimit, int openAtStart)
    {
        long needed = openAtStart + ReservedDescriptors + listeners.Sum(l => 2L * l.Cap);
        if (needed <= fileDescriptorLimit)
        {
            return [];
        }

        return listeners.Where(l => l.Configured).Select(l =>
            $"Listener '{l.Listener}': max_connections {l.Cap} needs up to {2L * l.Cap} file descriptors (2 per connection; {needed} with every listener, {openAtStart} open at start-up and {ReservedDescriptors} reserved), " +
            $"above this process's limit of {fileDescriptorLimit} (ulimit -n): past {ProcessBudget(fileDescriptorLimit, openAtStart)} connections in all, new ones are closed at once and counted as overflow. Lower max_connections or raise the limit.").ToList();
    }

    /// <summary>Descriptors this process has open now (Linux: /proc/self/fd, less the one listing it), or 0 where that cannot be read.</summary>
    public static int DescriptorsOpen()
    {
        try
        {
            return Math.Max(0, Directory.GetFiles("/proc/self/fd").Length - 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The soft RLIMIT_NOFILE of this process (Linux: /proc/self/limits), or 65536 where it cannot be read.</summary>
    public static long FileDescriptorLimit()
    {
        try
        {
            string? line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            string[] fields = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (fields.Length > 0 && long.TryParse(fields[0], out long soft))
            {
                return soft;
            }

            if (fields.Length > 0 && fields[0] == "unlimited")
            {
                return int.MaxValue;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return 65536;
    }
}
