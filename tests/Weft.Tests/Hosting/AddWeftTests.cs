using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Weft.Hosting;

namespace Weft.Tests.Hosting;

public sealed class AddWeftTests
{
    [Fact]
    public async Task The_pool_runs_as_a_hosted_service_with_options_bound_from_configuration_and_errors_logged()
    {
        var logged = new CapturingLoggerProvider();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Weft:WorkerCount"] = "3",
            ["Weft:ThreadNamePrefix"] = "hosted",
        });
        builder.Logging.AddProvider(logged);
        builder.Services.AddWeft(builder.Configuration.GetSection("Weft"));
        using IHost host = builder.Build();

        await host.StartAsync();
        WorkerPool pool = host.Services.GetRequiredService<WorkerPool>();
        Assert.Equal(3, pool.Workers.Count);
        Assert.Equal("hosted-worker-2", pool.Workers[2].Name);
        Assert.False(pool.IsShutdown);

        pool.Workers[0].Post(() => throw new InvalidOperationException("from a worker"));
        logged.Logged.Wait("the loop error to be logged");
        Assert.Contains(logged.Messages, m => m.Contains("hosted-worker-0", StringComparison.Ordinal) && m.Contains("from a worker", StringComparison.Ordinal));

        await host.StopAsync();
        Assert.True(pool.IsShutdown);
        Assert.True(pool.Main.HasExited);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ManualResetEventSlim Logged { get; } = new();

        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() => Logged.Dispose();

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    owner.Messages.Enqueue(formatter(state, exception) + " " + exception?.Message);
                    owner.Logged.Set();
                }
            }
        }
    }
}
