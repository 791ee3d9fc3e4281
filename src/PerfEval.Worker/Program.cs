using PerfEval.Platform;

// The background side in its own process: the async daemon (with the bus forwarder), the RabbitMQ consumers and
// the job server. Run several replicas with PerfEval:DaemonMode=HotCold.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration["PerfEval:RunWorker"] = "true";
builder.Services.AddPerfEvalPlatform(builder.Configuration, "PerfEval.Worker");
builder.Build().Run();
