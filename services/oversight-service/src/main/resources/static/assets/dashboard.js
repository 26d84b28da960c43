/*
 * The leaders' dashboard. Plain JavaScript, no build step: it signs in at the OpenID Connect provider the services
 * trust (authorization code flow with PKCE; in the local stack the development identity provider's sign-in page),
 * reads the oversight API with the access token, draws with Apache ECharts and refreshes when
 * the server says the figures changed (server-sent events read with fetch, so the token goes along; polling if the
 * stream is unavailable). Element ids are stable so that a browser test can read the figures.
 */
(function () {
  'use strict';

  const API = '/api/v1/oversight';
  const TOKEN_KEY = 'oversight.token';
  const SUBJECT_KEY = 'oversight.subject';
  const PENDING_KEY = 'oversight.signin';
  const LANG_KEY = 'oversight.lang';
  const POLL_MS = 30000;

  const TEXT = {
    zh: {
      title: '企业服务问题办理监督', liveTitle: '实时更新', signOut: '退出', signInTitle: '登录',
      signInHint: '通过统一身份认证登录后查看监督数据。', signIn: '登录', signInRefused: '登录未完成：',
      filters: '筛选', period: '期间',
      periodAll: '全部', periodMonth: '本月', periodQuarter: '本季度', periodHalf: '本半年', periodYear: '本年',
      periodCustom: '自定义', from: '起', to: '止', asOf: '截至', region: '地区', cluster: '产业集群',
      allRegions: '全部地区', allClusters: '全部产业', apply: '查询', headline: '主要指标',
      handledRate: '办理率', handledOfCollected: '已办理 / 收集问题', enterprisesVisited: '走访企业',
      visits: '走访次数', issuesCollected: '收集问题', handled: '已办理', resolved: '已办结', solved: '实质解决',
      pending: '待处理', overdue: '超期', resolvedRate: '办结率', solvedRate: '解决率', onTimeRate: '按期办结率',
      satisfactionRate: '满意率', averageWorkingDaysToResolve: '平均办理工作日', downloadCsv: '下载 CSV',
      breakdown: '分项统计', byDepartment: '按部门', byRegion: '按地区', byCluster: '按产业集群', name: '名称',
      trend: '趋势', intervalMonth: '按月', intervalWeek: '按周', intervalDay: '按日',
      collectedInInterval: '新收集问题', overdueList: '超期督办', issue: '问题', enterprise: '企业',
      department: '责任单位', missedDeadline: '超过的期限', deadlineKinds: { ACCEPTANCE: '受理', RESOLUTION: '办理' },
      daysOverdue: '超期工作日', escalation: '督办层级',
      escalationLevels: ['—', '部门负责人', '分管领导'], ranking: '部门排名（以实绩论英雄）', rank: '名次',
      tickets: '工单数', value: '指标值', unranked: '未排名', rankingNote: '工单数少于 {n} 件的部门不参加排名。',
      generatedAt: '数据时间', loading: '加载中…', loaded: '已更新', failed: '加载失败：', leaderOf: '领导',
      headOf: '负责人', admin: '管理员', noRows: '暂无数据'
    },
    en: {
      title: 'Enterprise Issue Oversight', liveTitle: 'Live updates', signOut: 'Sign out',
      signInTitle: 'Sign in', signInHint: 'Sign in through the identity provider to see the figures.',
      signIn: 'Sign in', signInRefused: 'Sign-in did not complete: ', filters: 'Filters',
      period: 'Period', periodAll: 'All', periodMonth: 'This month', periodQuarter: 'This quarter',
      periodHalf: 'This half-year', periodYear: 'This year', periodCustom: 'Custom', from: 'From', to: 'To',
      asOf: 'As of', region: 'Region', cluster: 'Industry cluster', allRegions: 'All regions',
      allClusters: 'All clusters', apply: 'Apply', headline: 'Headline figures', handledRate: 'Handled rate',
      handledOfCollected: 'handled / issues collected', enterprisesVisited: 'Enterprises visited',
      visits: 'Visits', issuesCollected: 'Issues collected', handled: 'Handled', resolved: 'Resolved',
      solved: 'Solved', pending: 'Pending', overdue: 'Overdue', resolvedRate: 'Resolved rate',
      solvedRate: 'Solved rate', onTimeRate: 'On-time rate', satisfactionRate: 'Satisfaction',
      averageWorkingDaysToResolve: 'Avg working days', downloadCsv: 'Download CSV', breakdown: 'Breakdown',
      byDepartment: 'By department', byRegion: 'By region', byCluster: 'By cluster', name: 'Name',
      trend: 'Trend', intervalMonth: 'Monthly', intervalWeek: 'Weekly', intervalDay: 'Daily',
      collectedInInterval: 'New issues', overdueList: 'Overdue (escalation)', issue: 'Issue',
      enterprise: 'Enterprise', department: 'Department', missedDeadline: 'Deadline missed',
      deadlineKinds: { ACCEPTANCE: 'acceptance', RESOLUTION: 'resolution' }, daysOverdue: 'Working days late',
      escalation: 'Escalation', escalationLevels: ['—', 'Department head', 'Leader in charge'],
      ranking: 'Department ranking', rank: 'Rank', tickets: 'Tickets', value: 'Value', unranked: 'unranked',
      rankingNote: 'Departments with fewer than {n} tickets are not ranked.', generatedAt: 'Data as of',
      loading: 'Loading…', loaded: 'Updated', failed: 'Failed: ', leaderOf: 'Leader', headOf: 'Head',
      admin: 'Administrator', noRows: 'No data'
    }
  };

  const state = {
    lang: localStorage.getItem(LANG_KEY) || 'zh',
    token: sessionStorage.getItem(TOKEN_KEY),
    subject: sessionStorage.getItem(SUBJECT_KEY),
    reference: null,
    by: 'department',
    charts: {},
    lastData: {},
    refreshing: null,
    stream: null
  };

  const $ = (id) => document.getElementById(id);
  const t = (key) => TEXT[state.lang][key] ?? key;

  // ---------- formatting ----------
  function pct(value) {
    return value === null || value === undefined ? '–' : (value * 100).toFixed(1) + '%';
  }
  function num(value) {
    return value === null || value === undefined ? '–'
      : Number(value).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-US');
  }
  function nameOf(row) {
    return state.lang === 'zh' ? row.nameZh : row.nameEn;
  }
  function refName(list, code) {
    const entry = (state.reference?.[list] || []).find((e) => e.code === code);
    return entry ? (state.lang === 'zh' ? entry.nameZh : entry.nameEn) : code;
  }
  function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
      "'": '&#39;'}[c]));
  }

  // ---------- language ----------
  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    $('lang-toggle').textContent = state.lang === 'zh' ? 'English' : '中文';
    fillSelects();
    showWho();
    if (state.lastData.summary) {
      render();
      if ($('status').dataset.loaded === 'true') {
        $('status').textContent = t('loaded');
      }
    }
  }

  // ---------- sign-in ----------
  async function loadReference() {
    const response = await fetch(API + '/reference');
    state.reference = await response.json();
  }

  // The authorization code flow with PKCE (RFC 7636) of a public client: the page keeps a random verifier, sends
  // the browser to the provider with its hash, and exchanges the code it comes back with for a token; nothing but
  // this page, holding the verifier, can use the code. The dashboard's own address is its redirect URI.
  const REDIRECT_URI = location.origin + '/';

  function base64url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_')
      .replace(/=+$/, '');
  }
  function randomText() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
  }

  async function provider() {
    const config = await (await fetch(API + '/sign-in')).json();
    const discovery = await fetch(config.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
    if (!discovery.ok) {
      throw new Error('discovery ' + discovery.status);
    }
    return {config, endpoints: await discovery.json()};
  }

  async function signIn() {
    $('signin-error').textContent = '';
    try {
      const {config, endpoints} = await provider();
      const verifier = randomText();
      const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
      const pending = {verifier, state: randomText(), tokenEndpoint: endpoints.token_endpoint,
        clientId: config.clientId, subjectClaim: config.subjectClaim};
      sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
      location.assign(endpoints.authorization_endpoint + '?' + new URLSearchParams({
        response_type: 'code', client_id: config.clientId, redirect_uri: REDIRECT_URI, scope: config.scope,
        state: pending.state, code_challenge: challenge, code_challenge_method: 'S256'
      }));
    } catch (error) {
      $('signin-error').textContent = t('failed') + error.message;
    }
  }

  /** Back from the provider: exchanges its code for the token, or throws saying why there is none. */
  async function completeSignIn(answer) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
    sessionStorage.removeItem(PENDING_KEY);
    history.replaceState(null, '', REDIRECT_URI);
    if (answer.get('error')) {
      throw new Error(answer.get('error') + (answer.get('error_description') ? ': ' + answer.get('error_description')
        : ''));
    }
    if (!pending || answer.get('state') !== pending.state) {
      throw new Error('state');   // not the sign-in this page started
    }
    const response = await fetch(pending.tokenEndpoint, {
      method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'authorization_code', code: answer.get('code'),
        redirect_uri: REDIRECT_URI, client_id: pending.clientId, code_verifier: pending.verifier})
    });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || response.status);
    }
    state.token = body.access_token;
    state.subject = claimsOf(state.token)[pending.subjectClaim] ?? null;
    sessionStorage.setItem(TOKEN_KEY, state.token);
    sessionStorage.setItem(SUBJECT_KEY, state.subject ?? '');
  }

  // Only to say who is signed in: the services verify the token, the page does not need to.
  function claimsOf(jwt) {
    try {
      const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
    } catch (error) {
      return {};
    }
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(SUBJECT_KEY);
    state.token = null;
    state.subject = null;
    if (state.stream) {
      state.stream.abort();
    }
    showSignIn();
  }

  function showSignIn() {
    $('dashboard').hidden = true;
    $('signout-button').hidden = true;
    $('signin').hidden = false;
    showWho();
  }

  function showWho() {
    if (!state.subject) {
      $('signed-in-as').textContent = '';
      return;
    }
    const [kind, scope] = state.subject.split(':');
    const label = kind === 'leader' ? t('leaderOf') + ' · ' + refName('regions', scope)
      : kind === 'head' ? t('headOf') + ' · ' + refName('departments', scope)
      : kind === 'admin' ? t('admin') : state.subject;
    $('signed-in-as').textContent = label;
  }

  // ---------- filters ----------
  function fillSelects() {
    if (!state.reference) {
      return;
    }
    const region = $('filter-region');
    const chosenRegion = region.value;
    region.innerHTML = '';
    const own = state.subject?.startsWith('leader:') ? state.subject.slice(7) : null;
    const within = (code, root) => {
      for (let r = state.reference.regions.find((x) => x.code === code); r;
           r = state.reference.regions.find((x) => x.code === r.parent)) {
        if (r.code === root) {
          return true;
        }
      }
      return false;
    };
    const blank = document.createElement('option');
    blank.value = '';
    blank.textContent = t('allRegions');
    region.appendChild(blank);
    state.reference.regions.filter((r) => r.level !== 'PROVINCE' && (!own || within(r.code, own)))
      .forEach((r) => {
        const option = document.createElement('option');
        option.value = r.code;
        option.textContent = state.lang === 'zh' ? r.nameZh : r.nameEn;
        region.appendChild(option);
      });
    region.value = chosenRegion;
    const cluster = $('filter-cluster');
    const chosenCluster = cluster.value;
    cluster.innerHTML = '';
    const all = document.createElement('option');
    all.value = '';
    all.textContent = t('allClusters');
    cluster.appendChild(all);
    state.reference.clusters.forEach((c) => {
      const option = document.createElement('option');
      option.value = c.code;
      option.textContent = state.lang === 'zh' ? c.nameZh : c.nameEn;
      cluster.appendChild(option);
    });
    cluster.value = chosenCluster;
  }

  function iso(date) {
    return date.getFullYear() + '-' + String(date.getMonth() + 1).padStart(2, '0') + '-'
      + String(date.getDate()).padStart(2, '0');
  }

  function applyPeriodPreset() {
    const preset = $('filter-period').value;
    const today = new Date();
    const y = today.getFullYear();
    const m = today.getMonth();
    const from = {
      all: null, month: new Date(y, m, 1), quarter: new Date(y, m - (m % 3), 1),
      half: new Date(y, m < 6 ? 0 : 6, 1), year: new Date(y, 0, 1)
    }[preset];
    if (preset === 'custom') {
      return;
    }
    $('filter-from').value = from ? iso(from) : '';
    $('filter-to').value = from ? iso(today) : '';
  }

  function query(extra) {
    const params = new URLSearchParams();
    const set = (name, value) => { if (value) { params.set(name, value); } };
    set('from', $('filter-from').value);
    set('to', $('filter-to').value);
    set('asOf', $('filter-asof').value);
    set('region', $('filter-region').value);
    set('cluster', $('filter-cluster').value);
    Object.entries(extra || {}).forEach(([name, value]) => set(name, value));
    return params.toString();
  }

  // ---------- data ----------
  async function get(path) {
    const response = await fetch(API + path, {headers: {Authorization: 'Bearer ' + state.token}});
    if (response.status === 401) {
      signOut();
      throw new Error('401');
    }
    if (!response.ok) {
      let detail = response.status;
      try {
        detail = (await response.json()).detail || detail;
      } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function refresh() {
    if (state.refreshing) {
      state.refreshAgain = true;
      return state.refreshing;
    }
    $('status').textContent = t('loading');
    const rankingBy = $('ranking-by').value;
    state.refreshing = Promise.all([
      get('/summary?' + query()),
      get('/breakdown?' + query({by: state.by})),
      get('/trend?' + query({interval: $('trend-interval').value})),
      get('/overdue?' + query({limit: '20'}).replace(/(^|&)asOf=[^&]*/, '')),
      get('/ranking?' + query({by: rankingBy}))
    ]).then(([summary, breakdown, trend, overdue, ranking]) => {
      state.lastData = {summary, breakdown, trend, overdue, ranking};
      render();
      $('status').textContent = t('loaded');
      $('status').dataset.loaded = 'true';
      $('status').dataset.generation = summary.query.generation;
    }).catch((error) => {
      $('status').textContent = t('failed') + error.message;
      $('status').dataset.loaded = 'error';
    }).finally(() => {
      state.refreshing = null;
      if (state.refreshAgain) {
        state.refreshAgain = false;
        refresh();
      }
    });
    return state.refreshing;
  }

  // ---------- rendering ----------
  function render() {
    const {summary, breakdown, trend, overdue, ranking} = state.lastData;
    renderSummary(summary);
    renderBreakdown(breakdown);
    renderTrend(trend);
    renderOverdue(overdue);
    renderRanking(ranking);
    $('generated-at').textContent = new Date(summary.generatedAt).toLocaleString(
      state.lang === 'zh' ? 'zh-CN' : 'en-GB');
  }

  const RATES = ['handledRate', 'resolvedRate', 'solvedRate', 'onTimeRate', 'satisfactionRate'];
  const COUNTS = ['enterprisesVisited', 'visits', 'issuesCollected', 'handled', 'resolved', 'solved', 'pending',
    'overdue'];

  function renderSummary(summary) {
    RATES.forEach((name) => setFigure(name, summary[name], pct(summary[name])));
    COUNTS.forEach((name) => setFigure(name, summary[name], num(summary[name])));
    const days = summary.averageWorkingDaysToResolve;
    setFigure('averageWorkingDaysToResolve', days, days === null ? '–' : days.toFixed(1));
    $('hero-ratio').textContent = num(summary.handled) + ' / ' + num(summary.issuesCollected);
  }

  function setFigure(name, value, text) {
    const el = $('figure-' + name);
    el.textContent = text;
    el.dataset.value = value === null || value === undefined ? '' : String(value);
  }

  function chart(id) {
    if (!state.charts[id]) {
      state.charts[id] = echarts.init($(id), null, {renderer: 'svg'});
      window.addEventListener('resize', () => state.charts[id].resize());
    }
    return state.charts[id];
  }

  function renderBreakdown(breakdown) {
    document.querySelectorAll('.tabs button').forEach((button) =>
      button.setAttribute('aria-selected', String(button.dataset.by === state.by)));
    const rows = [...breakdown.rows].sort((a, b) => b.issuesCollected - a.issuesCollected);
    const body = $('breakdown-table').querySelector('tbody');
    body.innerHTML = rows.length ? rows.map((row) => `<tr data-key="${escapeHtml(row.key)}">
        <td class="text">${escapeHtml(nameOf(row))}</td><td>${num(row.issuesCollected)}</td>
        <td>${num(row.handled)}</td><td>${pct(row.handledRate)}</td><td>${num(row.resolved)}</td>
        <td>${num(row.overdue)}</td><td>${pct(row.onTimeRate)}</td><td>${pct(row.satisfactionRate)}</td></tr>`)
      .join('') : `<tr><td colspan="8" class="text">${t('noRows')}</td></tr>`;
    chart('breakdown-chart').setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {data: [t('issuesCollected'), t('handled'), t('handledRate')]},
      grid: {left: 48, right: 48, bottom: 80},
      xAxis: {type: 'category', data: rows.map(nameOf), axisLabel: {rotate: 30, interval: 0}},
      yAxis: [{type: 'value'}, {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}],
      series: [
        {name: t('issuesCollected'), type: 'bar', data: rows.map((r) => r.issuesCollected)},
        {name: t('handled'), type: 'bar', data: rows.map((r) => r.handled)},
        {name: t('handledRate'), type: 'line', yAxisIndex: 1,
          data: rows.map((r) => r.handledRate === null ? null : +(r.handledRate * 100).toFixed(1))}
      ]
    }, true);
  }

  function renderTrend(trend) {
    const rows = trend.rows;
    chart('trend-chart').setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {data: [t('collectedInInterval'), t('handledRate'), t('overdue')]},
      grid: {left: 48, right: 48},
      xAxis: {type: 'category', data: rows.map((r) => r.from)},
      yAxis: [{type: 'value'}, {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}],
      series: [
        {name: t('collectedInInterval'), type: 'bar', data: rows.map((r) => r.inInterval.collected)},
        {name: t('overdue'), type: 'bar', data: rows.map((r) => r.figures.overdue)},
        {name: t('handledRate'), type: 'line', yAxisIndex: 1,
          data: rows.map((r) => r.figures.handledRate === null ? null : +(r.figures.handledRate * 100).toFixed(1))}
      ]
    }, true);
  }

  function renderOverdue(overdue) {
    const body = $('overdue-table').querySelector('tbody');
    const levels = t('escalationLevels');
    const kinds = t('deadlineKinds');
    // the deadline whose passing made the ticket overdue: acceptance while it waits to be accepted
    const missed = (item) => `${item.missedDeadline === 'ACCEPTANCE' ? item.acceptDue : item.resolveDue} `
      + (kinds[item.missedDeadline] ?? '');
    body.innerHTML = overdue.items.length ? overdue.items.map((item) => `<tr data-issue="${escapeHtml(item.issueId)}">
        <td class="text">${escapeHtml(item.title || item.issueId)}</td>
        <td class="text">${escapeHtml(item.enterpriseName || item.uscc)}</td>
        <td class="text">${escapeHtml(state.lang === 'zh' ? item.departmentNameZh : item.departmentNameEn)}</td>
        <td>${escapeHtml(missed(item))}</td><td>${num(item.workingDaysOverdue)}</td>
        <td>${escapeHtml(levels[item.escalationLevel] ?? item.escalationLevel)}</td></tr>`).join('')
      : `<tr><td colspan="6" class="text">${t('noRows')}</td></tr>`;
  }

  function renderRanking(ranking) {
    const body = $('ranking-table').querySelector('tbody');
    const isDays = ranking.measure === 'workingDays';
    body.innerHTML = ranking.rows.length ? ranking.rows.map((row) => `<tr data-department="${escapeHtml(row.department)}">
        <td>${row.rank === null ? t('unranked') : row.rank}</td>
        <td class="text">${escapeHtml(nameOf(row))}</td><td>${num(row.tickets)}</td>
        <td>${row.value === null ? '–' : isDays ? row.value.toFixed(1) : pct(row.value)}</td></tr>`).join('')
      : `<tr><td colspan="4" class="text">${t('noRows')}</td></tr>`;
    $('ranking-note').textContent = t('rankingNote').replace('{n}', ranking.minimumTickets);
  }

  // ---------- CSV ----------
  async function downloadCsv(kind) {
    const extra = {breakdown: {by: state.by}, trend: {interval: $('trend-interval').value},
      ranking: {by: $('ranking-by').value}}[kind];
    let q = query(extra);
    if (kind === 'overdue') {
      q = q.replace(/(^|&)asOf=[^&]*/, '');
    }
    const response = await fetch(API + '/' + kind + '.csv?' + q, {headers: {Authorization: 'Bearer ' + state.token}});
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'oversight-' + kind + '.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  // ---------- live updates ----------
  async function follow() {
    if (state.stream) {
      state.stream.abort();
    }
    const controller = new AbortController();
    state.stream = controller;
    try {
      const response = await fetch(API + '/changes', {
        headers: {Authorization: 'Bearer ' + state.token, Accept: 'text/event-stream'},
        signal: controller.signal
      });
      if (!response.ok || !response.body) {
        throw new Error('no stream');
      }
      $('live-status').dataset.state = 'on';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const {value, done} = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event:\s*changed/m.test(message)) {
            refresh();
          }
        }
      }
      if (!controller.signal.aborted) {
        setTimeout(follow, 1000);   // the server ends a stream after a while: open the next one
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        $('live-status').dataset.state = 'polling';
        setTimeout(follow, POLL_MS);
      }
    }
  }

  // ---------- start ----------
  function start() {
    $('signin').hidden = true;
    $('dashboard').hidden = false;
    $('signout-button').hidden = false;
    fillSelects();
    showWho();
    refresh();
    follow();
  }

  function wire() {
    $('lang-toggle').addEventListener('click', () => {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem(LANG_KEY, state.lang);
      applyLanguage();
    });
    $('signin-button').addEventListener('click', signIn);
    $('signout-button').addEventListener('click', signOut);
    $('filter-period').addEventListener('change', () => { applyPeriodPreset(); refresh(); });
    ['filter-from', 'filter-to'].forEach((id) => $(id).addEventListener('change', () => {
      $('filter-period').value = 'custom';
    }));
    $('filter-apply').addEventListener('click', refresh);
    ['filter-region', 'filter-cluster', 'filter-asof', 'trend-interval', 'ranking-by'].forEach((id) =>
      $(id).addEventListener('change', refresh));
    document.querySelectorAll('.tabs button').forEach((button) => button.addEventListener('click', () => {
      state.by = button.dataset.by;
      refresh();
    }));
    document.querySelectorAll('[data-csv]').forEach((link) => link.addEventListener('click', (event) => {
      event.preventDefault();
      downloadCsv(link.dataset.csv);
    }));
    setInterval(() => { if (state.token && $('live-status').dataset.state !== 'on') { refresh(); } }, POLL_MS);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    wire();
    try {
      await loadReference();
    } catch (error) {
      $('status').textContent = t('failed') + error.message;
    }
    const answer = new URLSearchParams(location.search);
    if (answer.has('code') || answer.has('error')) {
      try {
        await completeSignIn(answer);
      } catch (error) {
        $('signin-error').textContent = t('signInRefused') + error.message;
      }
    }
    applyLanguage();
    if (state.token) {
      start();
    } else {
      showSignIn();
    }
  });
})();
