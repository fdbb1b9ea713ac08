using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Microsoft.Extensions.Logging;

namespace Weft.Tests.DocContract;

/// <summary>Keeps every log entry of every logger it makes, so a test can assert what was logged and at what level.</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public string Dump() => string.Join(Environment.NewLine, _entries.Select(e => $"{e.Level} {e.Category}: {e.Message}"));

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception));
    }
}

internal sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception);

/// <summary>Exceptions .NET would raise on a foreign thread: unhandled ones and unobserved task faults, while installed.</summary>
internal sealed class ForeignThreadExceptionWatch : IDisposable
{
    private readonly ConcurrentQueue<object> _seen = new();

    public ForeignThreadExceptionWatch()
    {
        AppDomain.CurrentDomain.UnhandledException += OnUnhandled;
        TaskScheduler.UnobservedTaskException += OnUnobserved;
    }

    public IReadOnlyCollection<object> Seen => _seen;

    public void Dispose()
    {
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandled;
        TaskScheduler.UnobservedTaskException -= OnUnobserved;
    }

    private void OnUnhandled(object? sender, UnhandledExceptionEventArgs e) => _seen.Enqueue(e.ExceptionObject);

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => _seen.Enqueue(e.Exception);
}
