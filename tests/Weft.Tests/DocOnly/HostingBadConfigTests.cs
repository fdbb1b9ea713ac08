using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weft.Hosting;

namespace Weft.Tests.DocOnly;

// AddWeft(services, configuration): options bound from configuration are the same WorkerPoolOptions, so the same
// refusal applies (failure-semantics.md, "Bad arguments … ArgumentException naming the parameter"): a host must not
// start a pool from a bad "Weft" section.
public sealed class HostingBadConfigTests
{
    [Theory]
    [InlineData("WorkerCount", "2000")]
    [InlineData("ShutdownTimeout", "-00:00:05")]
    public async Task A_bad_value_in_the_Weft_configuration_section_stops_the_host_with_an_ArgumentException_naming_it(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Weft:" + key] = value, ["Weft:ThreadNamePrefix"] = "dq-host" })
            .Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWeft(configuration.GetSection("Weft"), o => o.StatsFlushInterval = TimeSpan.Zero);

        var refused = await Record.ExceptionAsync(async () =>
        {
            using var host = builder.Build();
            await host.StartAsync();
            await host.StopAsync();
        });

        var argument = Assert.IsAssignableFrom<ArgumentException>(refused);
        Assert.True(
            (argument.ParamName ?? string.Empty).Contains(key, StringComparison.Ordinal) || argument.Message.Contains(key, StringComparison.Ordinal),
            $"the ArgumentException does not name {key}: {argument.ParamName}: {argument.Message}");
    }
}
