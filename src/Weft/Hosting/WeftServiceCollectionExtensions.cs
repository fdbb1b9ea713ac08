using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Threading;
using System.Threading.Tasks;

namespace Weft.Hosting;

/// <summary>Registers a <see cref="WorkerPool"/> that runs for the lifetime of a .NET host.</summary>
public static class WeftServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="WorkerPool"/>, started when the host starts and stopped (orderly, slot values freed
    /// on their own threads) when it stops. Loop errors go to the host's <see cref="ILoggerFactory"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options after configuration binding.</param>
    public static IServiceCollection AddWeft(this IServiceCollection services, Action<WorkerPoolOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WorkerPoolOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(static provider =>
        {
            WorkerPoolOptions options = provider.GetRequiredService<IOptions<WorkerPoolOptions>>().Value;
            options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            return WorkerPool.Start(options);
        });
        services.AddHostedService<WorkerPoolHostedService>();
        return services;
    }

    /// <summary>As <see cref="AddWeft(IServiceCollection, Action{WorkerPoolOptions})"/>, binding options from <paramref name="configuration"/> (e.g. the "Weft" section).</summary>
    public static IServiceCollection AddWeft(this IServiceCollection services, IConfiguration configuration, Action<WorkerPoolOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WorkerPoolOptions>().Bind(configuration);
        return services.AddWeft(configure);
    }
}

/// <summary>Starts the pool with the host and stops it with the host.</summary>
internal sealed class WorkerPoolHostedService(IServiceProvider provider) : IHostedService
{
    private WorkerPool? _pool;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _pool = provider.GetRequiredService<WorkerPool>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _pool?.StopAsync().WaitAsync(cancellationToken) ?? Task.CompletedTask;
}
